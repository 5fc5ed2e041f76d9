import numpy as np
x = np.array([-1.0, 2.0, -3.0, 4.0])
x[x < 0] = 0
print(x)
y = np.arange(10)
y[y % 2 == 1] *= -1
print(y, y[[1, 3, 5]], y[-3:][::-1])
