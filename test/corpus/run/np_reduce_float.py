import numpy as np
x = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
print(x.sum(), x.sum(axis=0), x.sum(axis=1), x.mean(axis=0), x.std(axis=1), x.var(), np.max(x, axis=0), np.min(x))
print(repr(x.sum()), repr(x.mean()), float(x.sum()), x.sum().item(), type(x.sum().item()), x.tolist())
