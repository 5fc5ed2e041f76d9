import numpy as np
a = np.zeros((0, 3))
print(a, a.shape, a.sum(), a.sum(axis=0), a.reshape(3, 0).shape, np.ones((2, 0)).T.shape, len(np.array([])))
