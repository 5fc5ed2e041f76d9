import numpy as np
s = np.float64(3.5)
print(s, repr(s), s * 2, repr(s * 2), s + 1, type(s + 1), float(s), int(s), round(s), s > 3, isinstance(s, float))
t = np.array([1, 2, 3]).sum()
print(t, repr(t), type(t), t + 1, repr(t / 2), int(t) * 2, [t, s], f'{s:.3f}', f'{t:03d}', '%.2f' % s)
