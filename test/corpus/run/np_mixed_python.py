import numpy as np
x = np.array([1, 2, 3])
print(x + 1.5, 1.5 + x, x * True, x + np.float32(1), (x + np.float32(1)).dtype, 3 - x, 2 ** x, x ** 0.5, x / x)
print(np.array([1, 2]) + [10, 20], [1, 2] * 2, np.array([1, 2]) * 2, 5 in x, 7 in x)
