import numpy as np
a = np.float64(0.1) + np.float64(0.2)
print(a, a == 0.3, np.isclose(a, 0.3), a * 10, np.float32(0.1) * 3, type(np.float32(2) * 2), np.int64(5) / np.int64(2), np.int32(3) ** 2)
print(np.sqrt(2), np.exp(1), np.log(10), np.pi * 2, np.sin(np.pi / 2), np.abs(-3), np.maximum(2, 5), np.floor(2.7), np.mean([1, 2, 3, 4]))
