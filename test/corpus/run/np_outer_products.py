import numpy as np
u = np.array([1, 2, 3])
v = np.array([10, 20])
print(np.outer(u, v), u[:, None] * v[None, :], np.multiply.outer(u, v), (u[:, None] + v).shape)
