# oracle corpus: onehot, clean
import numpy as np

labels = np.random.randint(0, 3, size=26)
one_hot = np.eye(3)[labels]
first = labels[0]
counts = one_hot.sum(axis=0)
keep = np.zeros(26, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
