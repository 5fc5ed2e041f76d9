import numpy as np
a = np.arange(10)
print(a[-3:], a[:-3], a[8:2:-2], a[::-3], a[-1:-11:-1], a[5:][::-1], a[::-1][::2])
m = np.arange(9).reshape(3, 3)
print(m[::-1, ::-1], m[:, ::-1][0], m[-1, ::-1])
