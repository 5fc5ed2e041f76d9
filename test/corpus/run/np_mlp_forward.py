import numpy as np
np.random.seed(0)
X = np.random.randn(4, 3)
W1 = np.random.randn(3, 5) * 0.1
b1 = np.zeros(5)
W2 = np.random.randn(5, 2) * 0.1
b2 = np.zeros(2)
h = np.maximum(0, X @ W1 + b1)
out = h @ W2 + b2
print(X.round(4))
print(h.shape, out.shape)
print(np.round(out, 6))
