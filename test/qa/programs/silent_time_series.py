# Silent broadcast: subtracting a (T,) mean from (T,1) series
import numpy as np

series = np.linspace(0, 1, 6).reshape(-1, 1)
trend = np.linspace(0, 0.5, 6)
detrended = series - trend
print(detrended.shape, detrended.sum().round(4))
