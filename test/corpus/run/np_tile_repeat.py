import numpy as np
a = np.array([1, 2, 3])
print(np.tile(a, 2), np.tile(a, (2, 1)), np.repeat(a, 2), np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=0), np.flip(a), a[::-1])
