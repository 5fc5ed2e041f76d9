# oracle corpus: hand-written, logistic regression by gradient descent, clean
import numpy as np

np.random.seed(1)
X = np.random.randn(64, 3)
y = (X[:, 0] + X[:, 1] > 0).astype(np.float64)
w = np.zeros(3)
b = 0.0
for epoch in range(50):
    z = X @ w + b
    p = 1 / (1 + np.exp(-z))
    grad_w = X.T @ (p - y) / len(y)
    grad_b = (p - y).mean()
    w -= 0.1 * grad_w
    b -= 0.1 * grad_b
acc = ((X @ w + b > 0) == (y > 0.5)).mean()
print(w.shape, acc)
