# oracle corpus: onehot, clean
import numpy as np

labels = np.random.randint(0, 2, size=33)
one_hot = np.eye(2)[labels]
first = labels[0]
counts = one_hot.sum(axis=0)
keep = np.zeros(33, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
