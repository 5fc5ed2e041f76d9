import numpy as np
X = np.arange(12, dtype=float).reshape(4, 3)
W = np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
out_loop = np.zeros((4, 2))
for i in range(4):
    for j in range(2):
        out_loop[i, j] = sum(X[i, k] * W[k, j] for k in range(3))
print(out_loop, np.allclose(out_loop, X @ W))
