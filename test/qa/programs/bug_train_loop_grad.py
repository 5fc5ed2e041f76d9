# Bug: gradient computed with the wrong operand order inside the training loop
import numpy as np

X = np.ones((20, 3))
y = np.ones(20)
w = np.zeros(3)
for epoch in range(3):
    err = X @ w - y
    grad = err @ X.T / len(y)
    w -= 0.1 * grad
    print(epoch, w)
