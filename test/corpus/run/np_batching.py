import numpy as np
X = np.arange(20).reshape(10, 2)
batch_size = 4
for start in range(0, len(X), batch_size):
    batch = X[start:start + batch_size]
    print(start, batch.shape, batch.sum())
n_batches = int(np.ceil(len(X) / batch_size))
print(n_batches, [X[i * batch_size:(i + 1) * batch_size].shape[0] for i in range(n_batches)])
