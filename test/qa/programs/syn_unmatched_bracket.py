# A closing bracket that does not match the opening one
import numpy as np

grid = np.array([[1, 2], [3, 4)])
print(grid)
