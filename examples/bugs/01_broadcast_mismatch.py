# Shape bug: adding a per-sample bias (one value per row) to a (batch, features) matrix.
# NumPy aligns shapes from the right, so (32, 10) + (32,) compares 10 with 32 and fails.
import numpy as np

X = np.random.randn(32, 10)      # (batch, features)
bias = np.random.randn(32)       # one value per sample
Y = X + bias                     # ValueError: operands could not be broadcast together
print(Y.shape)
