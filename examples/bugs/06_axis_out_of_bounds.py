# Shape bug: per-channel mean of a single (C, H, W) image using the batch axes of (N, C, H, W).
import numpy as np

image = np.random.rand(3, 64, 64)
channel_mean = image.mean(axis=(0, 2, 3))   # a 3-D array has no axis 3
print(channel_mean)
