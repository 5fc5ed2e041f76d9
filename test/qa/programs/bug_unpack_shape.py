# Bug: unpacking the shape of a 3-D array into two names
import numpy as np

video = np.zeros((10, 64, 64))
frames = video.shape[0]
print(frames)
h, w = video.shape
print(h, w)
