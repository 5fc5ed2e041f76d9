# In-place ops with broadcasting into big arrays, transposed targets, and errors
import numpy as np

X = np.arange(600 * 8, dtype=np.float64).reshape(600, 8)
mu = X.mean(axis=0)
sd = X.std(axis=0)
X -= mu
X /= sd
print(repr(X.mean(axis=0)), repr(X.std(axis=0)[:2]))
Y = np.ones((8, 600))
Y.T[:] *= np.arange(8.0)
print(Y.sum(axis=1))
Z = np.zeros((50, 1, 40))
try:
    Z += np.ones((50, 3, 40))
except ValueError as e:
    print("ValueError:", e)
Z += np.arange(40.0)
print(Z.sum(), Z[3, 0, :4])
F = np.ones((700, 7), dtype=np.float32)
F *= np.float64(0.1)
F += np.arange(7)
print(F.dtype, repr(F[0]), repr(F.sum()))
I = np.ones((1000, 5), dtype=np.int64)
try:
    I *= 0.5
except Exception as e:
    print(type(e).__name__ + ":", e)
I += np.int8(3)
print(I.dtype, I.sum())
