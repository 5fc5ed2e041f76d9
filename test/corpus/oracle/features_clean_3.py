# oracle corpus: features, clean
import numpy as np

num = np.random.rand(7, 2)
cat = np.ones((7, 30))
both = np.concatenate([num, cat], axis=1)
stacked = np.stack([num, num])
cols = np.hstack([num[:, :1], num[:, 1:]])
print(both.shape, stacked.shape, cols.shape)
