# Other reductions on heap arrays: dtype=, where=, prod, cumsum, any/all, norm, int8 sums
import numpy as np

rng = np.random.default_rng(4)
f32 = rng.standard_normal(100000).astype(np.float32)
print(repr(f32.sum()), repr(f32.sum(dtype=np.float64)), repr(f32.mean(dtype=np.float64)), repr(np.mean(f32)))
print(repr(np.sum(f32, where=f32 > 0)), repr(f32.mean(where=f32 < 0)))
i8 = (np.arange(10000) % 256 - 128).astype(np.int8)
print(i8.sum(), i8.sum().dtype, np.add.reduce(i8), np.add.reduce(i8, dtype=np.int8), i8.cumsum()[-3:], i8.cumsum().dtype)
b = f32 > 0
print(b.sum(), b.any(), b.all(), b.mean(), np.count_nonzero(b), b.sum(dtype=np.int8))
p = np.linspace(0.999, 1.001, 5000)
print(repr(p.prod()), repr(np.cumprod(p)[-1]), repr(np.cumsum(p)[-1]), repr(p.sum()))
M = rng.standard_normal((600, 30))
print(repr(np.linalg.norm(M)), repr(np.linalg.norm(M, axis=1)[:2]), repr(np.linalg.norm(M[:, 0])))
print(repr((M ** 2).sum()), repr(np.sqrt((M * M).sum(axis=0))[:2]), repr(np.abs(M).max()))
print(repr(np.average(M, axis=0, weights=np.arange(600.0))[:2]), repr(np.median(M)), repr(np.percentile(M, 90)))
