# Standardise features: zero mean, unit variance per column
import numpy as np

X = np.array([[1.0, 200.0, 3.0],
              [2.0, 180.0, 4.0],
              [3.0, 220.0, 2.0],
              [4.0, 210.0, 5.0]])
mean = X.mean(axis=0)
std = X.std(axis=0)
X_norm = (X - mean) / std
print("mean:", mean)
print("std:", std)
print(X_norm)
print("new mean:", np.round(X_norm.mean(axis=0), 6))
print(f"new std: {X_norm.std(axis=0)}")
mn, mx = X.min(axis=0), X.max(axis=0)
X_scaled = (X - mn) / (mx - mn)
print(X_scaled)
