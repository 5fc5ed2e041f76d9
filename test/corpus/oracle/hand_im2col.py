# oracle corpus: hand-written, convolution as im2col + matmul, clean
import numpy as np

N, C, H, W = 2, 3, 8, 8
K, F = 3, 4
x = np.random.randn(N, C, H, W)
filters = np.random.randn(F, C, K, K)
out_h, out_w = H - K + 1, W - K + 1
cols = np.zeros((N, C * K * K, out_h * out_w))
for i in range(out_h):
    for j in range(out_w):
        patch = x[:, :, i:i + K, j:j + K].reshape(N, -1)
        cols[:, :, i * out_w + j] = patch
out = (filters.reshape(F, -1) @ cols).reshape(N, F, out_h, out_w)
print(out.shape)
