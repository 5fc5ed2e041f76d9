import numpy as np
loss = np.array([[0.5, 1.0, 2.0, 0.1], [0.3, 0.2, 4.0, 1.5]])
mask = np.array([[1, 1, 0, 0], [1, 1, 1, 0]], dtype=np.float64)
masked = loss * mask
print(masked, masked.sum() / mask.sum(), masked.sum(axis=1) / mask.sum(axis=1))
bmask = mask.astype(bool)
print(bmask, loss[bmask], loss[bmask].mean(), np.where(bmask, loss, 0.0))
