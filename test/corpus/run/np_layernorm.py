import numpy as np
x = np.arange(12, dtype=float).reshape(3, 4) ** 2
mu = x.mean(axis=-1, keepdims=True)
sd = x.std(axis=-1, keepdims=True)
y = (x - mu) / (sd + 1e-6)
print(y.round(4), y.sum(axis=-1).round(6))
