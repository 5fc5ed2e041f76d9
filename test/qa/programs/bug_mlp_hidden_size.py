# Bug: second layer expects the wrong hidden size
import numpy as np

np.random.seed(0)
X = np.random.randn(10, 4)
W1 = np.random.randn(4, 16)
W2 = np.random.randn(8, 2)
h = np.maximum(0, X @ W1)
print("hidden:", h.shape)
out = h @ W2
print(out.shape)
