# Non-ASCII quote characters pasted from a web page
import numpy as np

имя = np.array([1, 2])
print(“hello”, имя)
