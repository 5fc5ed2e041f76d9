# Pairwise distances with broadcasting
import numpy as np

P = np.array([[0, 0], [3, 4], [6, 8], [1, 1]], dtype=float)
diff = P[:, np.newaxis, :] - P[np.newaxis, :, :]
D = np.sqrt((diff ** 2).sum(axis=-1))
print(D)
sq = (P ** 2).sum(1)[:, None] + (P ** 2).sum(1)[None, :] - 2 * P @ P.T
print(np.allclose(np.sqrt(np.maximum(sq, 0)), D))
print(np.argsort(D, axis=1)[:, 1])
