import numpy as np
np.random.seed(7)
X = np.arange(20).reshape(10, 2)
idx = np.random.permutation(len(X))
split = int(0.8 * len(X))
train, test = X[idx[:split]], X[idx[split:]]
print(idx, train.shape, test.shape, test)
