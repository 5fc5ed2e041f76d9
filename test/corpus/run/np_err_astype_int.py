import numpy as np
a = np.zeros(3, dtype=int)
a += 1.5
