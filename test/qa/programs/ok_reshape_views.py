# reshape, ravel, views vs copies
import numpy as np

a = np.arange(6)
b = a.reshape(2, 3)
b[0, 0] = 100
print(a)
c = a.copy()
c[1] = -1
print(a, c)
print(b.ravel(), b.flatten())
print(b.T.shape, b.T.flags['C_CONTIGUOUS'])
print(a.reshape(3, -1))
print(np.expand_dims(a, 0).shape, a[:, np.newaxis].shape)
print(np.squeeze(np.zeros((1, 3, 1))).shape)
print(np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape)
print(np.transpose(np.zeros((2, 3, 4)), (2, 0, 1)).shape)
