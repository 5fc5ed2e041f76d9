import numpy as np
with np.errstate(divide='ignore', invalid='ignore'):
    r = np.array([1.0, 0.0, -1.0]) / 0.0
print(r, np.isnan(r), np.isinf(r), np.nan_to_num(r) if hasattr(np, 'nan_to_num') else 0)
print(np.array([1, 2]) // np.array([0, 1]))
