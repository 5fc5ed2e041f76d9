import numpy as np
a = np.array([[1, 2], [3, 4]])
print(np.zeros_like(a), np.ones_like(a, dtype=float), np.full_like(a, 7), np.empty_like(a).shape, np.identity(2))
