# Histograms and binning
import numpy as np

rng = np.random.default_rng(99)
data = rng.normal(0, 1, 200)
counts, edges = np.histogram(data, bins=5)
print(counts)
print(edges.round(3))
bins = np.digitize([-2.5, -0.1, 0.3, 1.7], [-1, 0, 1])
print(bins)
print(np.bincount([0, 1, 1, 3, 3, 3]))
print(np.clip(data[:5], -0.5, 0.5).round(3))
