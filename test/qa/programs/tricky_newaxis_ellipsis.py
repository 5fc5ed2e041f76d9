# Ellipsis and newaxis everywhere
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
a = x[..., 0]
b = x[:, None, ...]
c = x[..., None, :]
d = x[0, ..., -1]
e = x[np.newaxis]
f = x[:, :, ::2]
g = x[1:, 1:, 1:]
print(a.shape, b.shape, c.shape, d.shape, e.shape, f.shape, g.shape)
h = x[None, ..., None]
print(h.shape)
