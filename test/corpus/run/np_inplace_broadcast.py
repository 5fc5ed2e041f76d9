import numpy as np
a = np.zeros((3, 4))
a += np.arange(4)
a *= np.array([[1], [2], [3]])
print(a)
b = np.ones(3)
b[1:] -= 0.5
b[0] /= 4
print(b, b.sum())
