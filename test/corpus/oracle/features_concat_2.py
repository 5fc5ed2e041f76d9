# oracle corpus: features, bug: concat
import numpy as np

num = np.random.rand(3, 35)
cat = np.ones((4, 34))
both = np.concatenate([num, cat], axis=1)
stacked = np.stack([num, num])
cols = np.hstack([num[:, :1], num[:, 1:]])
print(both.shape, stacked.shape, cols.shape)
