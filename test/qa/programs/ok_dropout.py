# Inverted dropout during training
import numpy as np

np.random.seed(10)
p = 0.5
a = np.ones((3, 5))
mask = (np.random.rand(*a.shape) < p) / p
print(mask)
out = a * mask
print(out.mean())
print(out.shape, mask.dtype)
