# RGB image to grayscale
import numpy as np

rng = np.random.default_rng(1)
img = rng.integers(0, 256, size=(4, 5, 3), dtype=np.uint8)
weights = np.array([0.299, 0.587, 0.114])
gray = img @ weights
print(gray.shape, gray.dtype)
print(np.round(gray, 2))
gray8 = gray.astype(np.uint8)
print(gray8)
print(img[..., 0].mean(), img.reshape(-1, 3).max(axis=0))
flipped = img[:, ::-1, :]
print(flipped.shape, (img / 255.0).max() <= 1.0)
