import numpy as np
a = np.array([127], dtype=np.int8)
print(a + 1, a * 2, np.array([2**62]) * 4, np.array([250], dtype=np.uint8) + np.array([10], dtype=np.uint8), np.int64(2**63 - 1) + np.int64(1) if False else 0)
