# oracle corpus: hand-written, PCA via SVD, clean
import numpy as np

X = np.random.randn(100, 6)
Xc = X - X.mean(axis=0)
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
components = Vt[:2]
projected = Xc @ components.T
explained = S ** 2 / (S ** 2).sum()
recon = projected @ components + X.mean(axis=0)
print(projected.shape, explained.shape, recon.shape)
