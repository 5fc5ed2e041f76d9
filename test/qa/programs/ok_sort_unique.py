# sort, argsort, unique
import numpy as np

x = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
print(np.sort(x))
print(np.argsort(x, kind='stable'))
vals, counts = np.unique(x, return_counts=True)
print(vals, counts)
print(np.unique(x, return_index=True))
top3 = np.argsort(x)[-3:][::-1]
print(top3, x[top3])
m = np.array([[3, 1], [2, 5], [1, 1]])
print(np.sort(m, axis=0))
print(m[m[:, 0].argsort()])
print(np.searchsorted([1, 3, 5, 7], [2, 6]))
