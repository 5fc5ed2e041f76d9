# Shape bug: flattening a batch of RGB images with the wrong channel count.
import numpy as np

images = np.zeros((8, 3, 32, 32))
flat = images.reshape(8, 32 * 32)   # 8*3*32*32 values cannot fill (8, 1024)
print(flat.shape)
