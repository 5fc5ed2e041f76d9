import numpy as np
X = np.array([[0.5, 1.0], [1.0, 0.5], [3.0, 3.5], [3.5, 3.0]])
y = np.array([0.0, 0.0, 1.0, 1.0])
w = np.zeros(2)
b = 0.0
for _ in range(100):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    w -= 0.5 * X.T @ (p - y) / len(y)
    b -= 0.5 * (p - y).mean()
print(w.round(4), round(b, 4), (p > 0.5).astype(int))
