# RuntimeWarnings from the SIMD kernels on big arrays (float64/float32), and errstate raise on them
import numpy as np

n = 10000
print((np.ones(n) / np.zeros(n))[:2])
print((np.zeros(n) / np.zeros(n))[:2])
print((np.full(n, 1e308) * 10)[:2], (np.full(n, 1e308) + 1e308)[-1:], (np.full(n, -1e308) - 1e308)[:1])
f = np.full(5000, 3e38, dtype=np.float32)
print((f * 2)[:2], (f + f)[:1], (f / np.float32(1e-10))[:1], (np.zeros(5000, np.float32) / np.zeros(5000, np.float32))[:1])
print(np.sqrt(np.full(n, -1.0))[:2], np.sqrt(np.full(5000, -1.0, np.float32))[:1], np.negative(np.full(n, np.inf))[:1])
print(np.floor(np.full(n, np.nan))[:1], np.abs(np.full(n, -np.inf))[:1], np.square(np.full(n, 1e200))[:1])
x = np.linspace(-1, 1, n)
print((x > np.nan).sum(), (x == np.nan).sum(), np.maximum(x, np.nan)[:1], (np.full(n, np.nan) < 0).sum())
print(np.full(n, np.inf).sum(), (np.full(n, np.inf) - np.full(n, np.inf))[:1], np.full(n, 1e308).sum())
with np.errstate(all='raise'):
    tries = {"div": lambda: np.ones(n) / np.zeros(n), "mul": lambda: np.full(n, 1e308) * 10,
             "sqrt": lambda: np.sqrt(np.full(n, -1.0)), "f32": lambda: f * 2}
    for name, fn in tries.items():
        try:
            fn()
        except FloatingPointError as e:
            print(name, "->", e)
with np.errstate(divide='ignore', invalid='ignore', over='ignore'):
    print((np.ones(n) / np.zeros(n))[:1], np.sqrt(-x)[-1], (f * 2)[:1])
