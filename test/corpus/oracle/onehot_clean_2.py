# oracle corpus: onehot, clean
import numpy as np

labels = np.random.randint(0, 36, size=18)
one_hot = np.eye(36)[labels]
first = labels[0]
counts = one_hot.sum(axis=0)
keep = np.zeros(18, dtype=bool)
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
