# oracle corpus: hand-written, a preprocessing pipeline with helpers and early returns, clean
import numpy as np


def as_2d(a):
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 1:
        return a[:, None]
    return a


def standardize(X, eps=1e-8):
    mu = X.mean(axis=0, keepdims=True)
    sd = X.std(axis=0, keepdims=True)
    return (X - mu) / (sd + eps)


def add_bias(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


raw = np.random.rand(50)
X = add_bias(standardize(as_2d(raw)))
extra = np.random.rand(50, 3)
X2 = add_bias(standardize(as_2d(extra)))
try:
    beta = np.linalg.lstsq(X2, raw, rcond=None)[0]
except np.linalg.LinAlgError:
    beta = np.zeros(X2.shape[1])
pred = X2 @ beta
print(X.shape, X2.shape, pred.shape)
