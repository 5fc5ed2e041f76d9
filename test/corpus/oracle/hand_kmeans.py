# oracle corpus: hand-written, k-means with broadcasting distances, clean
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 2))
k = 3
centroids = X[rng.choice(len(X), size=k, replace=False)]
for it in range(10):
    d = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = d.argmin(axis=1)
    centroids = np.stack([X[labels == j].mean(axis=0) for j in range(k)])
inertia = d.min(axis=1).sum()
print(centroids.shape, labels.shape, inertia)
