# NaN and inf handling
import numpy as np

x = np.array([1.0, np.nan, 3.0, np.inf, -np.inf])
print(x)
print(np.isnan(x), np.isinf(x), np.isfinite(x))
print(np.nansum(x[:3]), np.nanmean(x[:3]), np.nanmax(x[:3]))
print(np.nan_to_num(x))
y = x.copy()
y[np.isnan(y)] = 0
print(y)
print(np.array([0.0]) / 0 if False else "skip")
with np.errstate(divide='ignore', invalid='ignore'):
    print(np.array([1.0, 0.0, -1.0]) / 0)
print(np.mean([]) if False else np.nan == np.nan)
