import numpy as np
a = np.array([[0, 3], [4, 0]])
print(np.nonzero(a), np.where(a > 0), np.argwhere(a), np.where(a > 0, 'pos' if False else 1, -1))
x = np.arange(10)
print(x[x % 3 == 0], x[(x > 2) & (x < 7)], np.where(x % 2 == 0)[0])
