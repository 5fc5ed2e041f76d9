import numpy as np
img = np.arange(2 * 3 * 3).reshape(2, 3, 3).astype(np.float64)
gray = img @ np.array([0.299, 0.587, 0.114])
print(gray.round(3), gray.shape, img.mean(axis=(0, 1)), img.transpose(2, 0, 1).shape)
