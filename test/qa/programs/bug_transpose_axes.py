# Bug: transpose with too few axes
import numpy as np

x = np.zeros((2, 3, 4))
print(x.transpose(2, 0, 1).shape)
y = x.transpose(1, 0)
print(y.shape)
