# Linear regression with the normal equation
import numpy as np

np.random.seed(3)
n = 50
x = np.random.rand(n, 1) * 10
y = 2.5 * x + 1.0 + np.random.randn(n, 1)
X_b = np.hstack([np.ones((n, 1)), x])
theta = np.linalg.inv(X_b.T @ X_b) @ X_b.T @ y
print("theta:", theta.ravel())
theta2, *_ = np.linalg.lstsq(X_b, y, rcond=None)
print(np.allclose(theta, theta2))
pred = X_b @ theta
mse = np.mean((pred - y) ** 2)
print(f"MSE: {mse:.4f}")
r2 = 1 - ((y - pred) ** 2).sum() / ((y - y.mean()) ** 2).sum()
print("R^2 = %.3f" % r2)
