# Reductions along axes
import numpy as np

a = np.arange(1, 13).reshape(3, 4)
print(a.sum(), a.sum(axis=0), a.sum(axis=1))
print(a.mean(axis=1, keepdims=True))
print(a.prod(axis=0))
print(a.cumsum(axis=1))
print(a.min(), a.argmax(), np.argmax(a, axis=0))
print(np.median(a), np.percentile(a, 75))
print(a.var(), a.std(ddof=1))
print(np.ptp(a, axis=1))
print(a.max(axis=-1) - a.min(axis=-1))
print(np.all(a > 0), np.any(a > 11, axis=1))
