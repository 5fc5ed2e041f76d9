import numpy as np
a = np.ones((2, 3))
b = np.ones((3, 2))
try:
    a + b
except ValueError as e:
    print('ValueError:', e)
print(a @ b)
c = a + b
