# im2col / conv via sliding_window_view and as_strided on big arrays (views with odd strides)
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view, as_strided

img = np.arange(64 * 64, dtype=np.float64).reshape(64, 64) / 100
k = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
win = sliding_window_view(img, (3, 3))
conv = (win * k).sum(axis=(2, 3))
print(win.shape, conv.shape, repr(conv.sum()), repr(conv[10, :3]))
conv2 = np.einsum('ijkl,kl->ij', win, k)
print(np.allclose(conv, conv2), repr(conv2[5, 5]))
x = np.arange(10000, dtype=np.float32)
frames = as_strided(x, shape=(99, 200), strides=(x.strides[0] * 100, x.strides[0]))
print(frames.shape, frames[3, :4], repr(frames.sum()), repr(frames.mean(axis=1)[:3]))
pooled = img.reshape(32, 2, 32, 2).max(axis=(1, 3))
print(pooled.shape, repr(pooled.sum()), pooled[0, :3])
batch = np.random.default_rng(1).standard_normal((8, 3, 32, 32))
patches = sliding_window_view(batch, (3, 3), axis=(2, 3))[:, :, ::2, ::2]
print(patches.shape, repr(patches.sum()), repr(patches.mean(axis=(-1, -2))[0, 0, 0, :3]))
