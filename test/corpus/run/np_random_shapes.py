import numpy as np
a = np.random.rand(3, 4)
b = np.random.randn(2, 5)
c = np.random.randint(0, 3, size=(4,))
print(a.shape, a.dtype, b.shape, b.dtype, c.shape, c.dtype, ((a >= 0) & (a < 1)).all(), ((c >= 0) & (c < 3)).all())
