# Bug: stacking per-class means when one class has a different feature count
import numpy as np

feats = {0: np.ones((5, 4)), 1: np.ones((3, 4)), 2: np.ones((2, 5))}
means = [feats[c].mean(axis=0) for c in sorted(feats)]
print([m.shape for m in means])
M = np.stack(means)
print(M.shape)
