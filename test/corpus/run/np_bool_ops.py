import numpy as np
a = np.array([True, False, True])
b = np.array([True, True, False])
print(a & b, a | b, a ^ b, ~a, a.sum(), a.any(), a.all(), np.logical_and(a, b), np.logical_or(a, b), np.logical_not(a), a.astype(int))
