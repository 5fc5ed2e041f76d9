import numpy as np
X = np.array([[1.0], [2.0], [3.0], [4.0]])
y = np.array([2.0, 4.0, 6.0, 8.0])
w = np.zeros(1)
b = 0.0
for epoch in range(200):
    pred = X @ w + b
    err = pred - y
    w -= 0.05 * (X.T @ err) / len(y)
    b -= 0.05 * err.mean()
print(w.round(3), round(b, 3), np.round(X @ w + b, 2))
