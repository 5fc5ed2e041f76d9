# Bug: reshaping a batch of images into the wrong size
import numpy as np

images = np.zeros((8, 3, 32, 32))
print(images.size)
flat = images.reshape(8, 1024)
print(flat.shape)
