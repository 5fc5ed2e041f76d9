import numpy as np
v = np.array([3.0, 4.0])
M = np.array([[1.0, 2.0], [3.0, 4.0]])
print(np.linalg.norm(v), np.linalg.norm(M), np.linalg.norm(M, axis=1), np.sqrt((v ** 2).sum()), v / np.linalg.norm(v))
