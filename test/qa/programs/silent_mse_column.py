# Silent broadcast: (N,1) targets minus (N,) predictions makes an (N,N) matrix
import numpy as np

y_true = np.arange(5.0).reshape(-1, 1)
y_pred = np.arange(5.0) + 0.1
err = y_true - y_pred
mse = np.mean(err ** 2)
print(err.shape, round(float(mse), 4))
