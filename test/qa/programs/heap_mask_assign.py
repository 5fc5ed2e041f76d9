# Mask assignment, np.where, clip with out=, copyto on big arrays
import numpy as np

rng = np.random.default_rng(9)
a = rng.standard_normal(10007)
b = rng.standard_normal(10007)
m = a > b
c = a.copy()
c[m] = b[m]
print(repr(c.sum()), m.sum(), np.array_equal(c, np.minimum(a, b)))
d = a.copy()
d[d > 1] += 10
d[d < -1] *= -1
print(repr(d.sum()), (d > 10).sum())
w = np.where(a > 0, a, 0.01 * a)
print(repr(w.sum()), repr(w[:3]))
cl = np.empty_like(a)
np.clip(a, -0.5, 0.5, out=cl)
print(repr(cl.sum()), cl.max(), cl.min())
e = np.zeros_like(a)
e[a > 0] = b[a > 0]
print(repr(e.sum()), (e != 0).sum())
g = a.reshape(-1, 1)[::3, 0]
g[g > 0] = 0
print(repr(a.sum()), (a[::3] > 0).sum())
f32 = a.astype(np.float32)
f32[f32 < 0] = np.nan
print(np.isnan(f32).sum(), repr(np.nanmean(f32)), repr(np.nansum(f32)), np.nanargmax(f32))
z = rng.standard_normal((300, 40))
z[z < 0] = 0
print(repr(z.sum(axis=0)[:3]), (z == 0).sum(), repr(z[z > 2].mean()))
idx = np.flatnonzero(a > 2.5)
print(idx[:5], len(idx), np.argmax(a), np.argmin(b), repr(a.max()), repr(np.cumsum(a)[-1]))
