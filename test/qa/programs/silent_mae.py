# Silent broadcast: mean absolute error with a column target
import numpy as np

y = np.array([[3.0], [5.0], [7.0]])
yhat = np.array([2.5, 5.5, 7.0])
mae = np.abs(y - yhat).mean()
print("MAE", mae)
