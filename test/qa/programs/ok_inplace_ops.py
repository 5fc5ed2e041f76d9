# In-place updates and dtype rules
import numpy as np

a = np.zeros(4)
a += 1
a *= np.arange(4)
a[1:3] -= 0.5
print(a)
b = np.arange(4)
b += 2
print(b)
try:
    b += 0.5
except Exception as e:
    print(type(e).__name__)
b = b * 0.5
print(b, b.dtype)
c = np.ones((2, 3))
c[0] += np.array([1, 2, 3])
c[:, 1] *= 10
print(c)
