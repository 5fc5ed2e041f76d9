# Reductions with tuple, negative and keepdims axes
import numpy as np

x = np.ones((2, 3, 4, 5))
a = x.sum(axis=(1, 3))
b = x.mean(axis=(-1, -2), keepdims=True)
c = x.max(axis=0)
d = np.std(x, axis=(0, 1, 2, 3))
e = x.argmax(axis=-1)
f = x.any(axis=(0, 2))
g = np.linalg.norm(x, axis=-1)
print(a.shape, b.shape, c.shape, np.shape(d), e.shape, f.shape, g.shape)
