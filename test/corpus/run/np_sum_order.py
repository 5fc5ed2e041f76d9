import numpy as np
x = np.arange(1, 1001) / 7.0
print(x.sum(), np.sum(x), sum(x.tolist()), x.mean(), x.reshape(10, 100).sum(axis=0)[:3], x.reshape(10, 100).sum(axis=1)[:3])
y = np.linspace(0, 1, 10001)
print(y.sum(), y.std(), (y ** 2).mean())
