# PCA via SVD
import numpy as np

rng = np.random.default_rng(17)
X = rng.normal(size=(30, 3)) @ np.array([[2.0, 0.0, 0.0], [1.0, 0.5, 0.0], [0.0, 0.0, 0.1]])
Xc = X - X.mean(axis=0)
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
explained = S ** 2 / np.sum(S ** 2)
print(U.shape, S.shape, Vt.shape)
print(explained.round(4))
Z = Xc @ Vt[:2].T
print(Z.shape, np.allclose(Z, U[:, :2] * S[:2]))
