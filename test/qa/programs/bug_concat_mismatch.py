# Bug: concatenating features with different column counts
import numpy as np

a = np.ones((5, 3))
b = np.ones((5, 2))
both = np.concatenate([a, b], axis=0)
print(both.shape)
