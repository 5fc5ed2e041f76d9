import numpy as np
x = np.array([3, 1, 2, 3, 1, 5])
print(np.sort(x), np.argsort(x), np.unique(x), np.sort(np.array([[3, 1], [2, 4]]), axis=0), x[np.argsort(x)][::-1])
vals, counts = np.unique(x, return_counts=True)
print(vals, counts)
