# int64/uint64 values beyond 2**53 through comparisons, masks, sums and min/max on heap arrays
import numpy as np

for n in (5, 5000):
    a = np.full(n, 2**53, dtype=np.int64)
    a[1::2] += 1
    print(n, (a == 2**53 + 1).sum(), (a > 2**53).sum(), (a != a[0]).sum(), a.max() - a.min(), a.sum() % 1000, a[a > 2**53][:2])
    u = np.full(n, 2**63 + 1, dtype=np.uint64)
    u[::3] = 2**64 - 1
    print(' ', (u > 2**63).sum(), (u == 2**64 - 1).sum(), u.max(), u.min(), u[u < 2**64 - 1][:2], (u - np.uint64(1))[:2])
    b = np.arange(n, dtype=np.int64) * (2**40 + 7)
    print(' ', b.sum(), b[-1], (b % 7)[:5], (b // 3)[-1], np.argmax(b), (b >= b[-1]).sum())
big = np.array([9007199254740993, 9007199254740992], dtype=np.int64)
print(big[0] > big[1], np.sort(big), np.unique(big), np.argsort(big), big.astype(np.float64))
