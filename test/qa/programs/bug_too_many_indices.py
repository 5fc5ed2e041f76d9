# Bug: indexing a 1-D array with two indices
import numpy as np

labels = np.array([0, 1, 1, 0])
print(labels[0])
first = labels[0, 0]
print(first)
