import numpy as np
P = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
D = np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=-1))
print(D.round(4), D.argmin(axis=1), np.where(D == D.max()))
