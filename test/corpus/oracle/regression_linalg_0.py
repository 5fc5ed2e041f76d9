# oracle corpus: regression, bug: linalg
import numpy as np

rng = np.random.default_rng(1)
X = rng.normal(size=(38, 22))
w_true = np.random.randn(22)
y = X @ w_true + 0.1 * rng.standard_normal(38)
w_hat = np.linalg.solve(X.T @ X, y)
residual = y - X @ w_hat
mse = np.mean(residual ** 2)
print(w_hat.shape, mse)
