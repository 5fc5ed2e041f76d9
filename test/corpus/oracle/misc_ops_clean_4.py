# oracle corpus: misc_ops, clean
import numpy as np

x = np.zeros((24, 13, 2))
y = x.transpose(1, 0, 2)
col = np.ones((24, 1))
v = col.squeeze(axis=1)
e = np.expand_dims(v, 0)
print(y.shape, v.shape, e.shape)
