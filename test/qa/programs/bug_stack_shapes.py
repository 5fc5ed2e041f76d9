# Bug: stacking arrays of different lengths
import numpy as np

a = np.arange(4)
b = np.arange(5)
print(a, b)
s = np.stack([a, b])
print(s)
