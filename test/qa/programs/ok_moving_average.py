# Moving average and cumsum tricks
import numpy as np

x = np.array([3, 5, 2, 8, 6, 9, 1, 4], dtype=float)
w = 3
c = np.cumsum(np.insert(x, 0, 0))
ma = (c[w:] - c[:-w]) / w
print(ma)
print(np.convolve(x, np.ones(w) / w, 'valid'))
ema = np.zeros_like(x)
ema[0] = x[0]
for t in range(1, len(x)):
    ema[t] = 0.9 * ema[t - 1] + 0.1 * x[t]
print(ema.round(4))
print(np.diff(x), np.diff(x, n=2))
