# k-means on 2-D points
import numpy as np

np.random.seed(42)
a = np.random.randn(20, 2) + np.array([0, 0])
b = np.random.randn(20, 2) + np.array([5, 5])
points = np.vstack([a, b])
k = 2
centroids = points[[0, 25]]
for it in range(10):
    dists = np.linalg.norm(points[:, None, :] - centroids[None, :, :], axis=2)
    labels = dists.argmin(axis=1)
    new = np.array([points[labels == j].mean(axis=0) for j in range(k)])
    if np.allclose(new, centroids):
        print("converged at", it)
        break
    centroids = new
print(np.round(centroids, 4))
print(np.bincount(labels))
