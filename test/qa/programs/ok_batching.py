# Mini-batch loop over a dataset
import numpy as np

X = np.arange(50, dtype=np.float64).reshape(10, 5)
y = np.arange(10) % 2
batch_size = 4
for start in range(0, len(X), batch_size):
    xb = X[start:start + batch_size]
    yb = y[start:start + batch_size]
    print(start, xb.shape, yb.shape, xb.sum())
n_batches = int(np.ceil(len(X) / batch_size))
print("batches:", n_batches)
batches = np.array_split(X, 3)
print([b.shape for b in batches])
