# Tutorial: printing arrays of every common dtype
import numpy as np

a = np.array([1, 2, 3], dtype=np.int8)
b = np.array([1.5, -2.25, 3.0], dtype=np.float32)
c = np.array([True, False, True])
d = np.array([1 + 2j, 3 - 4j])
e = np.array([100000, 2, 3], dtype=np.int64)
f = np.array([0.1, 0.2, 0.3])
g = np.array([1, 2, 3], dtype=np.uint16)
h = np.array(['cat', 'dog', 'bird'])
for arr in (a, b, c, d, e, f, g, h):
    print(arr, arr.dtype, arr.shape)
print(repr(a))
print(repr(b))
print(repr(d))
print(repr(h))
print(f + 0.1)
