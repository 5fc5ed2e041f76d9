import numpy as np
x = np.array([1, 5, 3, 8])
print(x > 3, x == 5, x != 3, x <= 3, (x > 2) & (x < 8), (x < 2) | (x > 6), ~(x > 3))
print(np.sum(x > 3), np.mean(x > 3), np.any(x > 7), np.all(x > 0), np.count_nonzero(x > 2), np.where(x > 3, x, 0))
