# Logistic regression trained with gradient descent
import numpy as np

np.random.seed(2)
X = np.vstack([np.random.randn(20, 2) - 1, np.random.randn(20, 2) + 1])
y = np.array([0] * 20 + [1] * 20)
w = np.zeros(2)
b = 0.0
for i in range(300):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    grad_w = X.T @ (p - y) / len(y)
    grad_b = np.mean(p - y)
    w -= 0.5 * grad_w
    b -= 0.5 * grad_b
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(f"w={w.round(3)}, b={b:.3f}, loss={loss:.4f}")
print("train acc:", ((p > 0.5) == y).mean())
