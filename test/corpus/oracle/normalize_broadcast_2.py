# oracle corpus: normalize, bug: broadcast
import numpy as np

X = np.random.rand(14, 25) * 10
mu = X.mean(axis=0)
sigma = X.std(axis=1)
Z = (X - mu) / sigma
col_max = np.abs(Z).max(axis=0)
print(Z.shape, col_max.shape)
