# Which zero max()/min() return on -0.0/0.0 ties (NumPy's AVX-512 reduction order, QA-40; src/engine/reduce.ts)
import numpy as np
rng = np.random.default_rng(40)
def bits(x):
    return ''.join('1' if b else '0' for b in np.signbit(np.atleast_1d(x)).ravel())
for dt in [np.float64, np.float32]:
    out = []
    for n in list(range(1, 70)) + [127, 128, 129, 130, 255, 256, 257, 600, 1000, 1025, 1100, 4097]:
        a = np.where(rng.random(n) < 0.5, -0.0, 0.0).astype(dt)
        b = np.where(rng.random(n) < 0.3, -1.0, a).astype(dt)
        out.append(bits(a.max()) + bits(a.min()) + bits(b.max()) + bits(a[::-1].max()) + bits(a[::2].min()) + bits(a[::3].max()))
    print(dt.__name__, ' '.join(out))
    for shape in [(3, 5), (4, 17), (9, 33), (17, 9), (2, 3, 20), (5, 40), (70, 3)]:
        a = np.where(rng.random(shape) < 0.5, -0.0, 0.0).astype(dt)
        r = [a.max(), a.min(), a.max(axis=0), a.min(axis=-1), a.T.max(), a.T.max(axis=0), a[:, ::2].max(), a[..., 1:].min(axis=0), a.max(axis=tuple(range(a.ndim))[1:]), a.max(initial=-5.0), a.min(axis=0, initial=5.0)]
        print(dt.__name__, shape, ' '.join(bits(x) for x in r))
z = np.zeros(4)
z[::2] = -0.0
print(repr(z.max()), repr(z.min()), np.maximum.reduce(z), np.minimum.reduce(z), np.amax(z), np.max(np.array([-0.0, 0.0, np.nan])), np.min(np.array([0.0, np.nan, -0.0])))
big = np.where(rng.random((300, 200)) < 0.5, -0.0, 0.0)
print(bits(big.max(axis=0))[:80], bits(big.max(axis=1))[:80], bits(big.T.min(axis=1))[:80], bits(big[:, :150].max()), bits(big[::2, ::3].min()))
