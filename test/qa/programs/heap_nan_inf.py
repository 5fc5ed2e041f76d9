# NaN, inf and -0.0 through sums, comparisons and masks on big and small arrays
import numpy as np

for n in (5, 700, 5000):
    a = np.linspace(-1, 1, n)
    a[n // 2] = np.nan
    a[1] = np.inf
    a[2] = -0.0
    print(n, a.sum(), np.nansum(a), (a > 0).sum(), (a < 0).sum(), (a == 0).sum(), (a != a).sum())
    print(' ', a[a > 0.99], a[np.isnan(a)], np.max(a), np.nanmax(a), np.min(a))
    b = a.copy()
    b[np.isnan(b)] = 0
    b[np.isinf(b)] = -1
    print(' ', repr(b.sum()), repr(b.mean()))
z = np.full(1000, -0.0)
print(z.sum(), np.sum(z[:3]), repr(z.max()), np.signbit(z.sum()), (z == 0).all())
w = np.array([np.inf] * 600 + [-np.inf] * 600)
print(w.sum(), w[:600].sum(), (w > 0).sum())
f = np.full(2000, np.nan, dtype=np.float32)
print(f.sum(), (f > 0).any(), (f != f).all(), f[f == f].shape)
