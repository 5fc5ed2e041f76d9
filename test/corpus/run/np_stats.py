import numpy as np
x = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.mean(), x.std(), x.std(ddof=1), x.var(), np.median(x), np.average(x, weights=np.arange(8)), np.cumsum(x), np.percentile(x, 50) if hasattr(np, 'percentile') else 4.5)
