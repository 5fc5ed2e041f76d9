# Overlapping assignments: NumPy behaves as if the right side were copied first
import numpy as np

for n in (9, 700, 6000):
    a = np.arange(n, dtype=np.float64)
    a[1:] = a[:-1]
    b = np.arange(n, dtype=np.float64)
    b[:-1] = b[1:]
    c = np.arange(n, dtype=np.float64)
    c[:] = c[::-1]
    d = np.arange(n, dtype=np.int32)
    d[2:] += d[:-2]
    e = np.arange(n, dtype=np.float32)
    np.multiply(e[::-1], 2, out=e)
    f = np.arange(n, dtype=np.float64)
    f = np.cumsum(f)
    print(n, a[:4], a[-2:], b[:3], b[-2:], c[:3], c[-2:], d[:5], d[-2:], e[:3], e[-2:], repr(f[-1]), repr(f[:4]))
m = np.arange(90000.0).reshape(300, 300)
m[:] = m.T
print(m[0, :3], m[:3, 0], repr(m.sum()), m[1, 2], m[2, 1])
s = np.arange(2500.0).reshape(50, 50)
np.add(s, s.T, out=s)
print(np.array_equal(s, s.T), repr(s.sum()), s[3, 7])
r = np.arange(10000.0)
r[::2], r[1::2] = r[1::2], r[::2].copy()
print(r[:6], repr(r.sum()))
