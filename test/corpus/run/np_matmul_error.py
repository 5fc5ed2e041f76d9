import numpy as np
W = np.ones((3, 4))
x = np.ones((5, 3))
h = x @ W
print(h.shape)
y = W @ x
