# oracle corpus: onehot, bug: mask
import numpy as np

labels = np.random.randint(0, 30, size=6)
one_hot = np.eye(30)[labels]
first = labels[0]
counts = one_hot.sum(axis=0)
keep = np.zeros(8, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
