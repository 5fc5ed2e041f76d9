import numpy as np
x = np.ones((3, 4))
print(x.sum(axis=1))
print(x.sum(axis=2))
