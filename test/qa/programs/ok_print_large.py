# Big arrays are summarised with ...
import numpy as np

big = np.arange(2000)
print(big)
grid = np.arange(10000).reshape(100, 100)
print(grid)
print(np.linspace(0, 1, 1001))
small = np.linspace(0, 1, 7)
print(small)
np.set_printoptions(precision=3)
print(small)
np.set_printoptions(precision=8)
print(np.array([1e-10, 1.0, 1e10]))
print(np.array([0.0001, 12345.678]))
