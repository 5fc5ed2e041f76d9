# Complex sorting order through the interpreter: NumPy's complex introsort/introselect (no SIMD), NaN parts included (sort.ts complexRanks)
import numpy as np
rng = np.random.default_rng(5)
for n in [5, 17, 40, 300, 1000]:
    re = rng.integers(0, 3, n).astype(float)
    im = rng.integers(0, 3, n).astype(float)
    z = re + 1j * im
    if n > 20:
        z[3] = complex(np.nan, 1.0)
        z[5] = complex(1.0, np.nan)
    p = np.argsort(z)
    print(p.tolist() == p.tolist(), p[:25].tolist(), p[-5:].tolist())
    print(np.argpartition(z, n // 2)[:20].tolist())
    print(np.argpartition(z, n - 1)[:20].tolist(), np.argpartition(z, [1, n // 3])[:20].tolist())
    print(np.sort(z)[:6], np.partition(z, n // 3)[:6])
