# sums/means along every axis of 3-D and 4-D arrays, also non-contiguous views
import numpy as np

rng = np.random.default_rng(42)
x = rng.standard_normal((6, 7, 8, 9))
for ax in (None, 0, 1, 2, 3, -1, (0, 1), (1, 3), (0, 2, 3)):
    print(ax, repr(np.asarray(x.sum(axis=ax)).ravel()[:3]), repr(np.asarray(x.mean(axis=ax)).ravel()[-2:]))
t = x.transpose(3, 1, 0, 2)
for ax in (0, 1, 2, 3):
    print('T', ax, repr(t.sum(axis=ax).ravel()[:3]))
s = x[::2, 1:, ::-1, 3:]
for ax in (None, 0, 1, 2, 3):
    print('S', ax, repr(np.asarray(s.sum(axis=ax)).ravel()[:3]))
y = rng.standard_normal((40, 50, 30)).astype(np.float32)
for ax in (None, 0, 1, 2):
    print('f32', ax, repr(np.asarray(y.sum(axis=ax)).ravel()[:3]), repr(np.asarray(y.mean(axis=ax)).ravel()[:2]))
print(y.sum(axis=1, keepdims=True).shape, y[:, ::2].sum(axis=(0, 2))[:3])
z = np.arange(60000, dtype=np.int32).reshape(30, 40, 50)
print(z.sum(), z.sum(axis=0)[0, :3], z[:, :, ::3].sum(axis=2)[0, :3], z.sum(axis=(0, 1))[:3], z.sum(axis=2).dtype)
