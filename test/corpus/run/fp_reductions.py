# RuntimeWarnings NumPy raises around reductions: empty means, ddof >= n, overflow in reduce
import numpy as np

e = np.array([])
print(np.mean(e))
print(e.mean())
print(np.zeros((0, 3)).mean(axis=0))
print(np.zeros((2, 0)).mean(axis=1))
print(np.zeros((0, 3)).mean(axis=1))
print(np.var(np.array([1.0]), ddof=1))
print(np.array([1.0, 2.0]).var(ddof=2))
print(np.std(e), e.std(), e.var(), np.var(e))
print(np.zeros((0, 2)).std(axis=0))
print(np.nanmean(np.array([np.nan, np.nan])), np.nanmean(np.array([[1.0, np.nan], [np.nan, np.nan]]), axis=1))
big = np.array([1e308, 1e308])
print(big.sum(), np.sum(big), big.mean(), np.mean(big), big.prod(), np.prod(big))
print(big.std(), np.std(big), big.var())
print(np.sum(np.array([np.inf, -np.inf])), np.sum(np.array([np.inf, 1.0])))
print(np.array([1.0, 2.0]).mean(), np.zeros((2, 2)).std(axis=0), np.mean(np.array([[1, 2], [3, 4]]), axis=1))
with np.errstate(invalid='ignore'):
    print(np.mean(e))
scores = []
print(np.mean(scores))
