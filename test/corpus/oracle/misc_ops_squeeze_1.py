# oracle corpus: misc_ops, bug: squeeze
import numpy as np

x = np.zeros((12, 19, 2))
y = x.transpose(1, 0, 2)
col = np.ones((12, 1))
v = col.squeeze(axis=0)
e = np.expand_dims(v, 0)
print(y.shape, v.shape, e.shape)
