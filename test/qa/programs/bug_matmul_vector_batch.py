# Bug: (N, D) @ (N,) when the weights should have length D
import numpy as np

N, D = 6, 4
X = np.ones((N, D))
y = np.arange(N, dtype=float)
w = np.linalg.pinv(X) @ y
print(w.shape)
bad = X @ y
print(bad)
