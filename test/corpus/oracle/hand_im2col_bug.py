# oracle corpus: hand-written, im2col with the filters flattened the wrong way
import numpy as np

N, C, H, W = 2, 3, 8, 8
K, F = 3, 4
x = np.random.randn(N, C, H, W)
filters = np.random.randn(F, C, K, K)
cols = np.zeros((N, C * K * K, 36))
flat_filters = filters.reshape(-1, F)
out = flat_filters @ cols
print(out.shape)
