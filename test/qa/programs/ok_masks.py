# Boolean masks and where
import numpy as np

x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0, 3.5])
mask = x > 0
print(mask)
print(x[mask])
print(x[~mask])
relu = np.where(x > 0, x, 0.0)
print(relu)
x2 = x.copy()
x2[x2 < 0] = 0
print(x2)
print(np.count_nonzero(mask), mask.sum(), mask.any(), mask.all())
print(x[(x > -1) & (x < 1)])
print(np.nonzero(mask))
