# oracle corpus: misc_ops, bug: transpose
import numpy as np

x = np.zeros((40, 38, 2))
y = x.transpose(1, 1, 2)
col = np.ones((40, 1))
v = col.squeeze(axis=1)
e = np.expand_dims(v, 0)
print(y.shape, v.shape, e.shape)
