# Bug: using float labels as indices
import numpy as np

y = np.array([0.0, 2.0, 1.0])
one_hot = np.zeros((3, 3))
one_hot[np.arange(3), y] = 1
print(one_hot)
