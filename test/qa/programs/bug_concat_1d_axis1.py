# Bug: concatenating 1-D arrays along axis 1
import numpy as np

a = np.arange(3)
b = np.arange(3)
print(np.concatenate([a, b]))
c = np.concatenate([a, b], axis=1)
print(c)
