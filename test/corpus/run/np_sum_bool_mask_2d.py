import numpy as np
a = np.arange(12).reshape(3, 4)
m = a % 2 == 0
print(m, a[m], m.sum(axis=0), a[m].reshape(-1, 2) if a[m].size % 2 == 0 else None, np.where(m, a, -a))
