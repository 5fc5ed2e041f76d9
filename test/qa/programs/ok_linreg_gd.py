# Linear regression with gradient descent
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(100, 3))
true_w = np.array([1.5, -2.0, 0.5])
y = X @ true_w + 0.3 + rng.normal(scale=0.1, size=100)
w = np.zeros(3)
b = 0.0
lr = 0.1
for step in range(200):
    pred = X @ w + b
    err = pred - y
    grad_w = X.T @ err / len(y)
    grad_b = err.mean()
    w -= lr * grad_w
    b -= lr * grad_b
    if step % 50 == 0:
        print(step, round(float((err ** 2).mean()), 5))
print(np.round(w, 3), round(b, 3))
