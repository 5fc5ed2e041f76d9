import numpy as np
x = np.arange(2 * 3 * 4 * 4, dtype=np.float64).reshape(2, 3, 4, 4)
mean = x.mean(axis=(0, 2, 3))
var = x.var(axis=(0, 2, 3))
print(x.shape, mean, var)
xn = (x - mean.reshape(1, 3, 1, 1)) / np.sqrt(var.reshape(1, 3, 1, 1) + 1e-5)
print(xn.mean(axis=(0, 2, 3)).round(8), xn.std(axis=(0, 2, 3)).round(4), xn[0, 0, 0])
print(x.max(axis=(2, 3)), x.sum(axis=1).shape, x.transpose(0, 2, 3, 1).shape, x.reshape(2, 3, -1).mean(axis=-1))
