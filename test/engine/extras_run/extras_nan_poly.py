# nanmedian/nanquantile/nanpercentile, window functions, polynomial helpers, ndindex/ndenumerate: replayed by test/engine/extras_run.test.ts
import numpy as np
x = np.array([[1., np.nan, 3, 7], [4, 5, np.nan, 2], [np.nan, 8, 9, 0.5]])
print(np.nanmedian(x), np.nanmedian(x, axis=0), np.nanmedian(x, axis=1, keepdims=True))
print(np.nanpercentile(x, 50), np.nanpercentile(x, [25, 75], axis=1))
print(np.nanquantile(np.array([1, 2, 3, 4]), 0.3), np.nanmedian(np.array([2, 1, 4, 3])))
print(np.hanning(5), np.hamming(4))
print(np.blackman(6))
print(np.bartlett(5), np.hanning(1), np.hamming(0))
p = np.array([3, 2, 1])
print(np.polyder(p), np.polyder(p, 2), np.polyint(p), np.polyint(np.array([1.5, 2])))
print(np.polyadd([1, 2], [9, 5, 4]), np.polysub([1, 2], [9, 5, 4]), np.polymul([1, 2], [1, 3]))
for idx in np.ndindex(2, 2):
    print(idx, end=' ')
print()
for idx, v in np.ndenumerate(np.array([[1, 2], [3, 4]])):
    print(idx, v, end='; ')
print()
print(list(np.ndindex((1, 3))))
