# A shape bug in a file with Windows line endings: check must point at CPython line 8
import numpy as np

X = np.ones((4, 3))
W = np.ones((4, 2))
total = 1 + \
    2
out = X @ W
print(out)
