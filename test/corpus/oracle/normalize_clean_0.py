# oracle corpus: normalize, clean
import numpy as np

X = np.random.rand(9, 4) * 10
mu = X.mean(axis=0)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
col_max = np.abs(Z).max(axis=0)
print(Z.shape, col_max.shape)
