import numpy as np
a = np.arange(20).reshape(4, 5)
print(a[0], a[-1], a[1, 2], a[1][2], a[:, 0], a[1:3], a[1:3, 2:4], a[::2, ::2], a[::-1], a[..., 1], a[None].shape, a[:, None].shape)
print(repr(a[2, 3]), type(a[2, 3]), a[np.newaxis, :, 0].shape, a[-1, -1], a[0:0].shape)
