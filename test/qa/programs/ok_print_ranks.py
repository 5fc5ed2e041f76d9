# Arrays of rank 0..4 printed
import numpy as np

s = np.array(3.5)
v = np.arange(5)
m = np.arange(12).reshape(3, 4)
t = np.arange(24).reshape(2, 3, 4)
q = np.arange(32).reshape(2, 2, 2, 4) / 7
print(s, s.ndim, s.shape)
print(v)
print(m)
print(t)
print(q)
print(repr(q[0, 0]))
print(m.T)
print(t.sum(axis=0))
