# Printing big (heap) arrays: summarised output, float32/int8/bool, set_printoptions, f-strings
import numpy as np

rng = np.random.default_rng(13)
print(np.arange(5000.0))
print(rng.standard_normal((600, 700)).astype(np.float32))
print((np.arange(4096) % 256).astype(np.int8).reshape(64, 64))
print(rng.random((40, 40)) > 0.5)
x = rng.standard_normal(2000) * 1e-5
print(x)
print(repr(rng.integers(0, 1000, size=(3, 500))))
np.set_printoptions(precision=3, suppress=True, threshold=50, edgeitems=2)
print(rng.standard_normal((100, 100)) * 1000)
print(f"{np.linspace(0, 1, 1001)}")
np.set_printoptions(threshold=2000)
print(np.arange(1500).reshape(30, 50)[:2])
print(str(np.full(1200, np.nan))[:60], np.array2string(np.arange(2000.0), max_line_width=40)[:80])
