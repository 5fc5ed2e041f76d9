import numpy as np
x = np.array([1.0, np.nan, 3.0])
print(np.nansum(x), np.nanmean(x), np.nanmax(x), np.sum(x), np.isnan(x).sum(), x[~np.isnan(x)])
