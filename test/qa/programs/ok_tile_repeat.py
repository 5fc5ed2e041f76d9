# tile, repeat, broadcast_to
import numpy as np

a = np.array([1, 2, 3])
print(np.tile(a, 2), np.tile(a, (2, 1)))
print(np.repeat(a, 2), np.repeat([[1, 2], [3, 4]], 2, axis=0))
print(np.broadcast_to(a, (3, 3)))
print(np.broadcast_shapes((3, 1), (1, 4)))
b = a[:, None] * a[None, :]
print(b)
