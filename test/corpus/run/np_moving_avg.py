import numpy as np
x = np.array([1.0, 2.0, 6.0, 2.0, 1.0, 5.0])
w = 3
avg = np.array([x[i:i + w].mean() for i in range(len(x) - w + 1)])
cs = np.cumsum(np.concatenate([[0.0], x]))
print(avg, (cs[w:] - cs[:-w]) / w)
ema = []
v = 0.0
for xi in x:
    v = 0.9 * v + 0.1 * xi
    ema.append(round(v, 4))
print(ema)
