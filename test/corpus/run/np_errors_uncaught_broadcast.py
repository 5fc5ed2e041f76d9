import numpy as np
x = np.arange(6).reshape(2, 3)
y = np.arange(4)
z = x * y
