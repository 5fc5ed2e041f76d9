# Boolean-mask select and assign at SIMD-boundary lengths for every common dtype
import numpy as np

rng = np.random.default_rng(21)
lengths = (1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 511, 512, 513, 4095, 4096, 4097, 8191, 8193)
for dt in (np.float64, np.float32, np.int8, np.int16, np.int32, np.int64, np.uint8, np.bool_):
    out = []
    for n in lengths:
        x = (rng.integers(-50, 50, size=n)).astype(dt)
        m = rng.random(n) < 0.37
        sel = x[m]
        y = x.copy()
        y[~m] = 1 if dt is np.bool_ else 3
        z = x.copy()
        z[m] = x[m][::-1] if m.any() else z[m]
        out.append(f"{n}:{sel.size}:{sel.sum()}:{y.sum()}:{(z != x).sum()}:{x[x > 0].size}")
    print(dt.__name__, " ".join(out))
