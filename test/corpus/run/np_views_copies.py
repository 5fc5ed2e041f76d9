import numpy as np
a = np.arange(6)
v = a.reshape(2, 3)
v[0, 0] = 100
c = a.copy()
c[1] = -1
print(a, v, c, v.base is not None, np.shares_memory(a, v), np.shares_memory(a, c))
