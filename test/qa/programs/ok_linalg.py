# Linear algebra basics
import numpy as np

A = np.array([[4.0, 1.0], [2.0, 3.0]])
print(np.linalg.det(A))
print(np.linalg.inv(A))
b = np.array([1.0, 2.0])
x = np.linalg.solve(A, b)
print(x, np.allclose(A @ x, b))
print(np.linalg.norm(b), np.linalg.norm(A))
print(np.trace(A), np.linalg.matrix_rank(A))
print(np.eye(3) * 2)
print(np.diag([1, 2, 3]))
print(np.diag(A))
