# oracle corpus: onehot, bug: index
import numpy as np

labels = np.random.randint(0, 29, size=38)
one_hot = np.eye(29)[labels]
first = labels[38]
counts = one_hot.sum(axis=0)
keep = np.zeros(38, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
