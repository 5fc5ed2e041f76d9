# Generator.shuffle along an axis and Generator.permuted (shuffle the features of a batch)
import numpy as np

rng = np.random.default_rng(5)
Z = np.arange(12.0).reshape(3, 4)
rng.shuffle(Z, axis=1)
print(Z)
P = rng.permuted(np.arange(5000).reshape(50, 100), axis=1)
print(P[0, :5], P.sum())
