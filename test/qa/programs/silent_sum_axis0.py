# Silent broadcast: comparing row sums (N,) against a column (N,1)
import numpy as np

counts = np.array([[1, 2], [3, 4], [5, 6]])
totals = counts.sum(axis=1)
expected = np.array([[3], [7], [11]])
ok = totals == expected
print(ok.all(), ok.shape)
