# Bug: two -1 dimensions in reshape
import numpy as np

x = np.arange(24)
print(x.reshape(4, -1).shape)
y = x.reshape(-1, -1, 2)
print(y.shape)
