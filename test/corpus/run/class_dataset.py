import numpy as np
class Dataset:
    def __init__(self, X, y):
        self.X = X
        self.y = y
    def __len__(self):
        return len(self.X)
    def __getitem__(self, i):
        return self.X[i], self.y[i]
    def batches(self, size):
        for s in range(0, len(self), size):
            yield self.X[s:s + size], self.y[s:s + size]
ds = Dataset(np.arange(10).reshape(5, 2), np.array([0, 1, 0, 1, 1]))
print(len(ds), ds[2])
for xb, yb in ds.batches(2):
    print(xb.tolist(), yb)
