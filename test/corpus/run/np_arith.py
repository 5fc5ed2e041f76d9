import numpy as np
x = np.array([1, 2, 3])
y = np.array([10, 20, 30])
print(x + y, x - y, x * y, y / x, x ** 2, y // 7, y % 7, -x, x + 10, x * 2, x / 2, 2 ** x, 1 / x)
f = np.array([1.5, -2.5, 3.25])
print(f * 2, f + x, f // 1, f % 1, abs(f), np.abs(f), f ** 2)
