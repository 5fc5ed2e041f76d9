import numpy as np
img = np.array([[0, 128, 255], [64, 32, 16]], dtype=np.uint8)
f = img.astype(np.float32) / 255.0
print(f, f.dtype, f.max(), f.min(), (f * 2 - 1).round(3))
