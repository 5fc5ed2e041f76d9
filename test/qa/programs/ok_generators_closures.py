# Generators yielding batches
import numpy as np

def batches(X, size):
    for i in range(0, len(X), size):
        yield X[i:i + size]

def make_scaler(mu, sigma):
    def scale(x):
        return (x - mu) / sigma
    return scale

X = np.arange(14).reshape(7, 2)
scale = make_scaler(X.mean(0), X.std(0))
for b in batches(X, 3):
    print(b.shape, scale(b).round(3).tolist())
print(sum(len(b) for b in batches(X, 2)))
