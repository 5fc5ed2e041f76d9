# Stacking and concatenating
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.stack([a, b]))
print(np.stack([a, b], axis=1))
print(np.concatenate([a, b]))
print(np.vstack([a, b]).shape, np.hstack([a, b]).shape)
print(np.column_stack([a, b]))
m = np.ones((2, 3))
print(np.concatenate([m, np.zeros((1, 3))], axis=0))
print(np.concatenate([m, np.zeros((2, 2))], axis=1))
print(np.dstack([m, m]).shape)
parts = np.split(np.arange(9), 3)
print(parts)
