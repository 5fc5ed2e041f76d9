# oracle corpus: images, clean
import numpy as np

imgs = np.random.rand(5, 3, 8, 8)
channel_mean = imgs.mean(axis=(0, 2, 3))
centered = imgs - channel_mean[None, :, None, None]
nhwc = centered.transpose(0, 2, 3, 1)
flat = imgs.reshape(5, -1)
W = np.random.randn(flat.shape[1], 10)
scores = flat @ W
print(nhwc.shape, scores.shape)
