import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.sum(axis=(1, 2), keepdims=True).shape, a.mean(axis=1, keepdims=True).shape, a.max(axis=-1, keepdims=True), np.argmax(a, axis=1))
print(a.std(axis=0, ddof=1).round(3), np.var(a, axis=(0, 1)), a.any(axis=2), a.all(axis=0))
