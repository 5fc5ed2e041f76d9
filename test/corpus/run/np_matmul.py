import numpy as np
A = np.array([[1.0, 2.0], [3.0, 4.0]])
B = np.array([[5.0, 6.0], [7.0, 8.0]])
v = np.array([1.0, 1.0])
print(A @ B, A.dot(B), np.dot(A, v), v @ A, v @ v, np.matmul(A, B), A @ np.eye(2))
I = np.arange(6).reshape(2, 3)
print(I @ I.T, np.outer([1, 2], [3, 4]), np.ones((4, 2, 3)) @ np.ones((3, 5)) .shape if False else (np.ones((4, 2, 3)) @ np.ones((3, 5))).shape)
