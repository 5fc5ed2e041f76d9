import numpy as np
a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
print(a // b, a % b, a / b, np.floor_divide(a, b), np.remainder(a, b), np.fmod(a, b), divmod(7, -2))
