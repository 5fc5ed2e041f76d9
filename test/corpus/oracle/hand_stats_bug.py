# oracle corpus: hand-written, per-sample standardisation without keepdims
import numpy as np

X = np.random.rand(20, 7)
mean = X.mean(axis=1)
std = X.std(axis=1)
Z = (X - mean) / std
print(Z.shape)
