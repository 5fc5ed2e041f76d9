# Fancy indexing and slicing
import numpy as np

a = np.arange(20).reshape(4, 5)
print(a[1:3, ::2])
print(a[[0, 2, 3]])
print(a[[0, 1], [1, 2]])
print(a[:, [4, 0]])
print(a[-1], a[:, -1])
print(a[::-1, ::-1])
print(a[a % 3 == 0])
print(a[np.ix_([0, 3], [1, 4])])
rows = np.array([0, 0, 3])
print(a[rows, rows + 1])
a[:, 0] = -1
print(a)
