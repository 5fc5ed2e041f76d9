import numpy as np
X = np.array([[1.0, 1.0], [1.5, 2.0], [8.0, 8.0], [9.0, 8.5], [1.0, 0.5]])
C = np.array([[1.0, 1.0], [9.0, 9.0]])
for it in range(3):
    d = ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)
    assign = d.argmin(axis=1)
    C = np.array([X[assign == k].mean(axis=0) for k in range(2)])
    print(it, assign, C.round(3))
