# float32/int8/int16/int64 arrays just below, at and above 4 KiB (heap threshold), same ops
import numpy as np

for dt, n_at in ((np.float32, 1024), (np.int8, 4096), (np.int16, 2048), (np.int64, 512), (np.float64, 512), (np.uint8, 4096)):
    for n in (n_at - 1, n_at, n_at + 1):
        a = (np.arange(n) % 97).astype(dt)
        b = (np.arange(n)[::-1] % 13).astype(dt)
        s = a + b
        d = a - b
        m = a * b
        print(dt.__name__, n, s.dtype, s.sum(), d.sum(), m.sum(), (a > b).sum(), (a == b).sum(), a[a > 90].sum(), a.max(), b.min())
        q = a / (b + 1)
        print(' ', q.dtype, repr(q.sum()), repr(q.mean()))
        a += b
        a *= 2
        print(' ', a[:5], a[-3:], a.sum())
