# where, argwhere, nonzero
import numpy as np

a = np.array([[0, 3, 0], [5, 0, 7]])
print(np.argwhere(a))
r, c = np.nonzero(a)
print(r, c)
print(np.where(a > 4))
print(np.where(a > 4, "big", "small"))
print(np.flatnonzero(a))
print(np.unravel_index(np.argmax(a), a.shape))
print(np.ravel_multi_index((1, 2), a.shape))
