# Mean of empty slice, ddof warnings, invalid value in divide for normalisation
import numpy as np

empty = np.array([])
print(empty.mean(), np.mean(empty))
print(np.std(np.array([1.0]), ddof=1))
X = np.array([[1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])
Xn = (X - X.mean(axis=0)) / X.std(axis=0)
print(Xn)
print(np.var(np.zeros((0, 3)), axis=0))
counts = np.array([0, 2, 0])
totals = np.array([0.0, 5.0, 1.0])
print(totals / counts)
print(np.array([0]) // np.array([0]), np.array([7]) % np.array([0]))
print(np.float64(1.0) / np.float64(0.0), np.float32(0) / np.float32(0))
