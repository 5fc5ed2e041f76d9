import numpy as np
x = np.array([1.0, 3.0, 2.0, 10.0, 7.0])
print(np.percentile(x, 50), np.percentile(x, [25, 75]), np.quantile(x, 0.9), np.median(x), np.percentile(np.arange(12).reshape(3, 4), 50, axis=1))
