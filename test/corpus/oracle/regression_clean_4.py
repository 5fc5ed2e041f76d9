# oracle corpus: regression, clean
import numpy as np

rng = np.random.default_rng(1)
X = rng.normal(size=(23, 3))
w_true = np.random.randn(3)
y = X @ w_true + 0.1 * rng.standard_normal(23)
w_hat = np.linalg.solve(X.T @ X, X.T @ y)
residual = y - X @ w_hat
mse = np.mean(residual ** 2)
print(w_hat.shape, mse)
