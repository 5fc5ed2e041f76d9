# oracle corpus: hand-written, PCA projecting with the wrong orientation
import numpy as np

X = np.random.randn(100, 6)
Xc = X - X.mean(axis=0)
U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
components = Vt[:2]
projected = Xc @ components
print(projected.shape)
