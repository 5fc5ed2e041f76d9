# oracle corpus: misc_ops, bug: squeeze
import numpy as np

x = np.zeros((37, 2, 2))
y = x.transpose(1, 0, 2)
col = np.ones((37, 1))
v = col.squeeze(axis=0)
e = np.expand_dims(v, 0)
print(y.shape, v.shape, e.shape)
