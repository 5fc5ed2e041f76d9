# oracle corpus: onehot, bug: mask
import numpy as np

labels = np.random.randint(0, 39, size=35)
one_hot = np.eye(39)[labels]
first = labels[0]
counts = one_hot.sum(axis=0)
keep = np.zeros(37, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
