# Bug: normalising over axis 0 with keepdims then broadcasting over the wrong axis
import numpy as np

logits = np.ones((5, 3))
e = np.exp(logits)
col = e.sum(axis=0)
probs = e / col[:, None]
print(probs)
