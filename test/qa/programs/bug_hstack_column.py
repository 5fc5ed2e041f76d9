# Bug: hstack of a column and a 1-D array
import numpy as np

ones = np.ones((4, 1))
feat = np.arange(4.0)
X = np.hstack([ones, feat])
print(X)
