import numpy as np
import math
x = np.float64(2.0)
print(math.sqrt(x), np.sqrt(x), x ** 0.5, math.log(np.float64(math.e)), float(np.int64(3)) / 2, np.int64(7) // 2, np.int64(7) % 3, -np.int64(5), abs(np.float64(-1.5)))
