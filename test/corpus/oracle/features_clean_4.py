# oracle corpus: features, clean
import numpy as np

num = np.random.rand(6, 33)
cat = np.ones((6, 21))
both = np.concatenate([num, cat], axis=1)
stacked = np.stack([num, num])
cols = np.hstack([num[:, :1], num[:, 1:]])
print(both.shape, stacked.shape, cols.shape)
