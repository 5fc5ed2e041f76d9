# oracle corpus: hand-written, logistic regression with labels as a column
import numpy as np

np.random.seed(1)
X = np.random.randn(64, 3)
y = np.random.randint(0, 2, size=(64, 1)).astype(np.float64)
w = np.zeros(3)
p = 1 / (1 + np.exp(-(X @ w)))
grad_w = X.T @ (p - y) / len(y)  # expect-warning: silent-broadcast
w -= 0.1 * grad_w
print(w.shape)
