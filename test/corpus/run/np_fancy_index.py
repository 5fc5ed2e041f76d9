import numpy as np
a = np.arange(12).reshape(3, 4)
print(a[[0, 2]], a[:, [1, 3]], a[[0, 1, 2], [3, 2, 1]], a[a > 5], a[np.array([True, False, True])])
b = a.copy()
b[b > 5] = -1
print(b)
b[[0, 0], [1, 2]] = 100
print(b)
