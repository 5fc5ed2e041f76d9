import numpy as np
y_true = np.array([3.0, -0.5, 2.0, 7.0])
y_pred = np.array([2.5, 0.0, 2.0, 8.0])
mse = np.mean((y_true - y_pred) ** 2)
mae = np.mean(np.abs(y_true - y_pred))
print(mse, mae, np.sqrt(mse), ((y_true - y_pred) ** 2).sum())
grad = 2 * (y_pred - y_true) / y_true.size
print(grad)
