import numpy as np
x = np.array([1.0 / 3, 2.0 / 3, 10.0])
np.set_printoptions(precision=3)
print(x)
with np.printoptions(precision=1, suppress=True):
    print(x, np.array([1e-8, 1.0]))
print(x)
np.set_printoptions(precision=8)
print(x)
