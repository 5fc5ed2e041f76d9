import numpy as np
a = np.arange(100).reshape(10, 10) / 3
print(a)
print(np.arange(1100).reshape(11, 100))
