import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]), np.concatenate([a, a], axis=1), np.vstack([a, b]), np.hstack([a, a]), np.stack([a, a]).shape, np.stack([a, a], axis=-1).shape)
print(np.concatenate([np.arange(2), np.arange(3.0)]), np.column_stack([np.arange(3), np.arange(3)]), np.split(np.arange(6), 3))
