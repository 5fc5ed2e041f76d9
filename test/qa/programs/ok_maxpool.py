# 2x2 max pooling with reshape
import numpy as np

x = np.arange(16).reshape(4, 4)
pooled = x.reshape(2, 2, 2, 2).max(axis=(1, 3))
print(pooled)
batch = np.arange(2 * 3 * 4 * 4).reshape(2, 3, 4, 4)
N, C, H, W = batch.shape
p = batch.reshape(N, C, H // 2, 2, W // 2, 2).max(axis=(3, 5))
print(p.shape)
print(p[1, 2])
avg = batch.reshape(N, C, H // 2, 2, W // 2, 2).mean(axis=(3, 5))
print(avg[0, 0])
