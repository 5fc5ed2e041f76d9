# Shape bug: concatenating features along the wrong axis.
import numpy as np

a = np.ones((5, 3))
b = np.ones((5, 2))
both = np.concatenate([a, b], axis=0)   # axis=1 was meant: 3 != 2 along dimension 1
print(both.shape)
