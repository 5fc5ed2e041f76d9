# Aliasing: a[1:] += a[:-1] and friends, NumPy buffers overlapping operands
import numpy as np

for n in (10, 600, 5000):
    a = np.arange(n, dtype=np.float64)
    a[1:] += a[:-1]
    print(n, a[:6], a[-3:], repr(a.sum()))
    b = np.arange(n, dtype=np.int64)
    b[:-1] = b[1:] * 2
    print(b[:5], b[-3:])
    c = np.arange(n, dtype=np.float32)
    c[2:] = c[:-2] + c[2:]
    print(c[:6], repr(c.sum()))
    d = np.arange(n, dtype=np.float64)
    np.add(d[:-1], d[1:], out=d[1:])
    print(d[:6], repr(d.sum()))
m = np.arange(10000.0).reshape(100, 100)
m += m.T
print(repr(m.sum()), m[1, 2], m[2, 1], np.allclose(m, m.T))
