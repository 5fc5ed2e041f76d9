# oracle corpus: features, bug: axis
import numpy as np

num = np.random.rand(22, 18)
cat = np.ones((22, 19))
both = np.concatenate([num, cat], axis=2)
stacked = np.stack([num, num])
cols = np.hstack([num[:, :1], num[:, 1:]])
print(both.shape, stacked.shape, cols.shape)
