import numpy as np
a = np.zeros((3, 4))
a[0] = 1
a[1, 1:3] = [5, 6]
a[:, -1] = 9
a[2] += 2
print(a)
b = np.arange(6)
v = b[1:4]
v[:] = 0
print(b)
c = np.arange(10)
c[::2] *= 10
print(c)
