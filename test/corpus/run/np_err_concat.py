import numpy as np
a = np.ones((2, 3))
b = np.ones((2, 4))
print(np.concatenate([a, b], axis=1).shape)
print(np.concatenate([a, b], axis=0).shape)
