# oracle corpus: silent broadcast
import numpy as np

y_true = np.random.randn(70, 1)
y_pred = np.random.randn(70)
err = y_true - y_pred  # expect-warning: silent-broadcast
mse = np.mean(err ** 2)
print(err.shape, mse)
