import numpy as np
a = np.array([[1, 3, 3], [2, 2, 1], [0, 0, 0]])
print(a.argmax(axis=1), a.argmin(axis=0), a.argmax(), np.argmax(a, axis=0))
