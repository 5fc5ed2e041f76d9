import numpy as np
np.random.seed(0)
x = np.ones((2, 5))
p = 0.5
mask = (np.random.rand(*x.shape) > p) / (1 - p)
print(mask, x * mask, (x * mask).mean())
