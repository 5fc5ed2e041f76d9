import numpy as np
X = np.array([[1.0, 200.0, 3.0], [2.0, 180.0, 5.0], [3.0, 220.0, 4.0], [4.0, 210.0, 8.0]])
mu = X.mean(axis=0)
sigma = X.std(axis=0)
Z = (X - mu) / sigma
print(mu, sigma)
print(Z)
print(Z.mean(axis=0).round(6), Z.std(axis=0))
mn, mx = X.min(axis=0), X.max(axis=0)
print((X - mn) / (mx - mn))
