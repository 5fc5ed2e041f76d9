# oracle corpus: normalize, bug: axis
import numpy as np

X = np.random.rand(7, 32) * 10
mu = X.mean(axis=2)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
col_max = np.abs(Z).max(axis=0)
print(Z.shape, col_max.shape)
