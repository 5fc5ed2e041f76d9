import numpy as np
data = np.array([0.1, 0.4, 0.35, 0.8, 0.9, 0.55, 0.2])
bins = np.linspace(0, 1, 5)
idx = np.searchsorted(bins, data, side='right') - 1
counts = np.zeros(len(bins) - 1, dtype=int)
for i in idx:
    counts[i] += 1
print(bins, idx, counts)
