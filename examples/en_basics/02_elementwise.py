# NumPy Basics for Deep Learning — section 2. Element-wise arithmetic: +, -, *, /, **
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

x = np.array([1, 2, 3])
y = np.array([10, 20, 30])

print(x + y)   # [11 22 33]
print(x - y)   # [ -9 -18 -27]
print(x * y)   # [10 40 90]
print(y / x)   # [10. 10. 10.]
print(x ** 2)  # [1 4 9]
