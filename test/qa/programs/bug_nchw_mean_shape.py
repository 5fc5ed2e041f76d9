# Bug: subtracting per-channel mean without reshaping
import numpy as np

images = np.random.rand(8, 3, 32, 32)
mean = images.mean(axis=(0, 2, 3))
print(mean.shape)
centered = images - mean
print(centered.shape)
