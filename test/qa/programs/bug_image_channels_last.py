# Bug: channel weights for (H, W, C) applied to a (C, H, W) image
import numpy as np

img = np.ones((3, 32, 32))
weights = np.array([0.299, 0.587, 0.114])
print(img.shape)
gray = img @ weights
print(gray.shape)
