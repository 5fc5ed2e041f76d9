# mean/std/var on big arrays: the exact digits a learner prints
import numpy as np

rng = np.random.default_rng(7)
X = rng.normal(3.0, 2.0, size=(1000, 20))
print(repr(X.mean()), repr(X.std()), repr(X.var()))
print(repr(X.mean(axis=0)[:4]))
print(repr(X.std(axis=0)[:4]))
print(repr(X.var(axis=1)[:4]))
print(repr(X.std(ddof=1)), repr(np.std(X[:, 3], ddof=1)))
Xn = (X - X.mean(axis=0)) / X.std(axis=0)
print(repr(Xn.mean()), repr(Xn.std()))
F = X.astype(np.float32)
print(repr(F.mean()), repr(F.std()), repr(F.var()), repr(F.mean(axis=0)[:3]))
big = np.arange(100001, dtype=np.float64) / 7
print(repr(big.mean()), repr(big.std()), repr(big.var()), repr(big.sum()))
ints = np.arange(1, 20001)
print(repr(ints.mean()), repr(ints.std()), repr(ints.var()))
print(repr(np.mean(X[::3, ::2])), repr(np.std(X.T[5:9])))
