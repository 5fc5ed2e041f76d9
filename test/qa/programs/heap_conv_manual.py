# A conv layer written with loops over kernel offsets (no stride_tricks), max-pooling by reshape
import numpy as np

img = np.arange(64 * 64, dtype=np.float64).reshape(64, 64) / 100
k = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
out = np.zeros((62, 62))
for di in range(3):
    for dj in range(3):
        out += k[di, dj] * img[di:di + 62, dj:dj + 62]
print(out.shape, repr(out.sum()), repr(out[10, :3]))
rows = np.arange(62)[:, None] + np.arange(3)[None, :]
cols = rows
patches = img[rows[:, None, :, None], cols[None, :, None, :]]
conv = np.einsum('ijkl,kl->ij', patches, k)
print(patches.shape, np.allclose(conv, out), repr(conv[5, 5]))
pooled = img.reshape(32, 2, 32, 2).max(axis=(1, 3))
print(pooled.shape, repr(pooled.sum()), pooled[0, :3])
batch = np.random.default_rng(1).standard_normal((8, 3, 32, 32))
W = np.random.default_rng(2).standard_normal((4, 3, 3, 3)) * 0.1
y = np.zeros((8, 4, 30, 30))
for di in range(3):
    for dj in range(3):
        y += np.einsum('bchw,oc->bohw', batch[:, :, di:di + 30, dj:dj + 30], W[:, :, di, dj])
print(y.shape, repr(y.sum()), repr(y[0, 0, 0, :3]))
relu = np.maximum(y, 0)
gap = relu.mean(axis=(2, 3))
print(gap.shape, repr(gap[0]))
