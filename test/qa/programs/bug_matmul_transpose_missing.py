# Bug: forgetting to transpose in the backward pass
import numpy as np

X = np.ones((16, 5))
W = np.ones((5, 3))
out = X @ W
d_out = np.ones_like(out)
dW = X @ d_out
print(dW.shape)
