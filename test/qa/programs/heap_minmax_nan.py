# max/min/argmax/argmin/maximum with NaN and -0.0 at every position of big and small arrays
import numpy as np

for n in (8, 17, 1000, 4097):
    for pos in (0, 1, n // 2, n - 1):
        a = np.linspace(-1, 1, n)
        a[pos] = np.nan
        f = a.astype(np.float32)
        print(n, pos, a.max(), a.min(), a.argmax(), a.argmin(), f.max(), f.argmin(), np.nanmax(a), np.nanargmin(f),
              np.maximum(a, 0)[pos], np.fmax(a, 0)[pos], np.isnan(np.minimum(f, f[::-1])).sum())
z = np.zeros(5000)
z[::2] = -0.0
print(repr(z.max()), repr(z.min()), np.signbit(z.min()), np.signbit(np.max(-z)), z.argmax(), z.argmin())
i = np.arange(5000, dtype=np.int16)[::-1]
print(i.max(), i.argmax(), i.min(), i.argmin(), np.int8(-128) < i.min())
r = np.random.default_rng(0).standard_normal((200, 50))
r[17, 3] = np.nan
print(np.isnan(r.max(axis=0)).sum(), np.isnan(r.max(axis=1)).sum(), r.argmax(axis=0)[:5], r.argmax(axis=1)[15:19], np.nanmax(r, axis=0)[3])
