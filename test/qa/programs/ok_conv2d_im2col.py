# 2-D convolution with im2col index tricks
import numpy as np

img = np.arange(25, dtype=float).reshape(5, 5)
kern = np.array([[1, 0, -1], [1, 0, -1], [1, 0, -1]], dtype=float)
H, W = img.shape
kh, kw = kern.shape
oh, ow = H - kh + 1, W - kw + 1
cols = np.zeros((oh * ow, kh * kw))
for i in range(oh):
    for j in range(ow):
        cols[i * ow + j] = img[i:i + kh, j:j + kw].ravel()
out = (cols @ kern.ravel()).reshape(oh, ow)
print(out)
i0 = np.repeat(np.arange(kh), kw)
j0 = np.tile(np.arange(kw), kh)
print(i0, j0)
