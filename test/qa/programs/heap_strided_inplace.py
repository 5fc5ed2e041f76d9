# In-place ops through strided views of big arrays (heap-backed), as in a tutorial on views
import numpy as np

a = np.arange(64 * 48, dtype=np.float64).reshape(64, 48)
a[:, 1::2] *= 2
a[::3, :] += 0.5
a[1::2, ::5] /= 4
a[10:20, 10:20] -= a[20:30, 20:30]
print(a.sum(), a[0, :6], a[11, 10:14])
print(repr(a.mean()), repr(a.std()))
b = np.arange(5000, dtype=np.float32)
b[::7] = -1
b[1::2] *= np.float32(0.5)
print(b[:10], b.dtype, repr(b.sum()))
c = np.ones((100, 100))
v = c.T
v[:, 0] = 3
v += 1
print(c[0, :3], c[:3, 0], c.sum())
