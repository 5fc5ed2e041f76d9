# Bug: label 3 used as a class index with only 3 classes
import numpy as np

probs = np.full((4, 3), 1 / 3)
labels = np.array([0, 1, 2, 3])
print(probs.shape, labels.max())
p = probs[np.arange(4), labels]
print(p)
