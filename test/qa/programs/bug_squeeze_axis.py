# Bug: squeezing an axis that is not 1
import numpy as np

p = np.ones((4, 1, 3))
print(np.squeeze(p, axis=1).shape)
q = np.squeeze(p, axis=2)
print(q.shape)
