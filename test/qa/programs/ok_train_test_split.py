# Shuffle and split a dataset
import numpy as np

np.random.seed(7)
X = np.arange(40).reshape(20, 2)
y = np.arange(20) % 3
perm = np.random.permutation(len(X))
split = int(0.8 * len(X))
X_train, X_test = X[perm[:split]], X[perm[split:]]
y_train, y_test = y[perm[:split]], y[perm[split:]]
print(X_train.shape, X_test.shape, y_train.shape, y_test.shape)
print(X_test)
print(y_test)
print(np.bincount(y_train, minlength=3))
