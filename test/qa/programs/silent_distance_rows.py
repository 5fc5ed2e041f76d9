# Silent broadcast: subtract a (1,D) centroid from a (K,1) slice
import numpy as np

points = np.arange(10.0).reshape(5, 2)
centroid = points.mean(axis=0, keepdims=True)
d = points[:, 0:1] - centroid
print(d.shape)
print(d)
