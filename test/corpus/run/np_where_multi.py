import numpy as np
x = np.array([-2, -1, 0, 1, 2])
print(np.where(x < 0, -1, np.where(x > 0, 1, 0)), np.sign(x), np.abs(x), np.maximum(x, 0) - np.minimum(x, 0))
