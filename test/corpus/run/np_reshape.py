import numpy as np
a = np.arange(12)
print(a.reshape(3, 4), a.reshape((2, -1)), a.reshape(2, 3, 2).shape, a.reshape(-1, 1).shape, np.reshape(a, (4, 3)).T)
b = a.reshape(3, 4)
print(b.ravel(), b.flatten(), b.T.ravel(), np.transpose(b).shape, b.transpose(1, 0).shape, np.expand_dims(a, 0).shape, np.squeeze(np.ones((1, 3, 1))).shape)
