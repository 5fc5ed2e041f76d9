import numpy as np
M = np.arange(9).reshape(3, 3)
print(np.diag(M), np.diag(np.array([1, 2])), M.diagonal(), np.trace(M), M.trace(), np.diagonal(M, 1))
