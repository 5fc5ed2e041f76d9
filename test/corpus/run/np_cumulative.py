import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
print(np.cumsum(a), np.cumsum(a, axis=0), np.cumprod(a, axis=1), a.cumsum(axis=1)[:, -1])
