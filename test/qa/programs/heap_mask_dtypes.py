# x[x > 0] on float32, int8, bool, int64 above and below the heap threshold
import numpy as np

rng = np.random.default_rng(0)
for n in (17, 513, 4097, 10000):
    f32 = rng.standard_normal(n).astype(np.float32)
    i8 = rng.integers(-128, 128, size=n, dtype=np.int8)
    bb = rng.random(n) > 0.5
    i64 = rng.integers(-5, 5, size=n)
    print(n, f32[f32 > 0].shape, f32[f32 > 0].dtype, repr(f32[f32 > 0].sum()))
    print(' ', i8[i8 > 0].shape, i8[i8 > 0].sum(), i8[i8 < -100][:5], i8[i8 > 0].dtype)
    print(' ', bb[bb].shape, bb[~bb].shape, bb[bb > 0].shape)
    print(' ', i64[i64 > 0].sum(), i64[(i64 > 0) & (i64 < 3)].shape, i64[i64 % 2 == 0][:8])
    m = f32.reshape(-1, 1)[:, 0]
    m[m < 0] = 0
    print(' ', repr(f32.sum()), (f32 == 0).sum())
