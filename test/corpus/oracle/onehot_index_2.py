# oracle corpus: onehot, bug: index
import numpy as np

labels = np.random.randint(0, 16, size=17)
one_hot = np.eye(16)[labels]
first = labels[17]
counts = one_hot.sum(axis=0)
keep = np.zeros(17, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
