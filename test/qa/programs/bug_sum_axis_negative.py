# Bug: negative axis out of range
import numpy as np

v = np.arange(6.0)
print(v.sum(axis=-1))
print(v.sum(axis=-2))
