# Silent shape bug: no error, but the result is (100, 100) instead of (100, 1).
# y_true is a column (100, 1), y_pred a flat vector (100,): subtracting broadcasts both.
import numpy as np

y_true = np.random.randn(100, 1)
y_pred = np.random.randn(100)
err = y_true - y_pred            # (100, 1) - (100,) -> (100, 100)
mse = np.mean(err ** 2)
print(err.shape)
