# Integer arithmetic: division, overflow, casting
import numpy as np

a = np.array([7, -7, 10, 3], dtype=np.int32)
print(a // 2, a % 3, a / 2)
print(np.array([200], dtype=np.uint8) + np.uint8(100))
print(np.array([127], dtype=np.int8) + 1)
print(a.astype(np.float32) / 3)
print(np.array([2.7, -2.7, 0.5]).astype(int))
print((a * 1000000).dtype)
print(np.int64(2) ** 40)
print(np.arange(5, dtype=np.int16).sum().dtype)
print(np.array([1, 2]) * 2.5)
print(np.iinfo(np.int8).max, np.finfo(np.float32).eps)
