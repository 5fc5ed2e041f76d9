# Elementwise ops and sums at lengths around SIMD widths and the 4 KiB heap threshold
import numpy as np

for n in (1, 2, 3, 7, 8, 9, 15, 16, 17, 511, 512, 513, 4095, 4096, 4097):
    x = np.arange(n, dtype=np.float64) * 0.1 - 3
    y = np.cos(np.arange(n, dtype=np.float64))
    s = x + y
    p = x * y
    q = x / (y + 2)
    d = x - y
    print(n, repr(s.sum()), repr(p.sum()), repr(q.sum()), repr(d.sum()), int((x > y).sum()), int((x <= y).sum()))
    xf = x.astype(np.float32)
    yf = y.astype(np.float32)
    print(' ', repr((xf + yf).sum()), repr((xf * yf).sum()), repr((xf / (yf + 2)).sum()), (xf[xf > 0]).shape)
