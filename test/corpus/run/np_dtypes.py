import numpy as np
a = np.array([1, 2, 3], dtype=np.int32)
b = np.array([1.5, 2.5], dtype=np.float32)
print(a.dtype, (a + 1).dtype, (a + 1.5).dtype, (a * a).dtype, b.dtype, (b * 2).dtype, (b + np.float64(1)).dtype, (a / 2).dtype)
print(a.astype(np.float64), b.astype(int), np.array([1.7, -1.7]).astype(np.int64), np.array([0, 1, 2]).astype(bool), np.array([1, 2], dtype='uint8') + 255)
print(repr(np.float32(0.1)), repr(np.int64(5)), repr(np.float64(2.5)), np.float32(0.1) + 0.2, np.int8(100) + np.int8(100))
