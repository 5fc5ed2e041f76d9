# oracle corpus: onehot, bug: index
import numpy as np

labels = np.random.randint(0, 40, size=7)
one_hot = np.eye(40)[labels]
first = labels[7]
counts = one_hot.sum(axis=0)
keep = np.zeros(7, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
