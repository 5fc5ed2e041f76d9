# (1000, 3) @ (3,) and other skinny products: gemv rounding
import numpy as np

rng = np.random.default_rng(11)
pts = rng.uniform(-5, 5, size=(1000, 3))
w = np.array([0.299, 0.587, 0.114])
g = pts @ w
print(repr(g[:4]), repr(g.sum()), repr(g[-1]))
w4 = rng.standard_normal(4)
p4 = rng.standard_normal((1000, 4)) @ w4
print(repr(p4[:3]), repr(p4.sum()))
w7 = rng.standard_normal(7)
p7 = rng.standard_normal((1000, 7)) @ w7
print(repr(p7[:3]), repr(p7.sum()))
w100 = rng.standard_normal(100)
p100 = rng.standard_normal((50, 100)) @ w100
print(repr(p100[:3]), repr(p100.sum()))
row = rng.standard_normal(3) @ rng.standard_normal((3, 1000))
print(repr(row[:3]), repr(row.sum()))
img = rng.integers(0, 256, size=(32, 32, 3)).astype(np.float64)
gray = img @ w
print(gray.shape, repr(gray[0, :4]), repr(np.round(gray, 2)[5, :4]))
