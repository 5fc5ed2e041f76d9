# Silent broadcast: residuals from y of shape (N,) and predictions of shape (N,1)
import numpy as np

np.random.seed(0)
X = np.random.rand(8, 2)
w = np.array([[1.0], [2.0]])
y = X @ w.ravel() + 0.5
pred = X @ w
residual = y - pred
print(residual.shape, round(float((residual ** 2).mean()), 4))
