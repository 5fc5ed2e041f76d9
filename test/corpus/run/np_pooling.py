import numpy as np
x = np.arange(16, dtype=float).reshape(4, 4)
pooled = x.reshape(2, 2, 2, 2).max(axis=(1, 3))
avg = x.reshape(2, 2, 2, 2).mean(axis=(1, 3))
print(pooled, avg)
