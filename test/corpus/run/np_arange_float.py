import numpy as np
print(np.arange(0, 1, 0.1), np.arange(0.5, 3), np.arange(10, 0, -3), np.arange(-1, 1, 0.5), len(np.arange(0, 1, 0.1)))
