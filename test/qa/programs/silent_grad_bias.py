# Silent broadcast in a gradient update: bias (1,H) vs grad (H,1)
import numpy as np

b = np.zeros((1, 3))
db = np.ones((3, 1)) * 0.1
b = b - db
print(b.shape)
print(b)
