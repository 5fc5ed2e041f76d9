# Bug: solving with a right-hand side of the wrong length
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 3.0]])
b = np.array([1.0, 2.0, 3.0])
print(np.linalg.det(A))
x = np.linalg.solve(A, b)
print(x)
