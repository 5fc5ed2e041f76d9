import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.mean(), a.mean(axis=0), a.max(axis=1), a.min(), a.prod(axis=1))
print(a.std(), a.var(axis=0), a.argmax(), a.argmin(axis=1), a.cumsum(), a.cumsum(axis=1), a.sum(axis=1, keepdims=True))
print(np.sum(a, axis=(0, 1)), np.mean(a, axis=-1), np.median(a), np.ptp(a, axis=0), repr(a.sum()), repr(a.mean()))
