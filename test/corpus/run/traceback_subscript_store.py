# A failed subscript store: the traceback marks the whole target (value ~, index ^) as CPython 3.11 does
import numpy as np

x = np.array([1.0, -2.0, 3.0, -4.0])
weights = {"w": x}
weights["w"][x < 0] = np.array([0.0, 0.0, 0.0])
