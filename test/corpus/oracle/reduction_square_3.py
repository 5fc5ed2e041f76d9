# oracle corpus: reduction combined back on a square matrix
import numpy as np

X = np.random.randn(3, 3)
row_mean = X.mean(axis=1)
centered = X - row_mean  # expect-warning: reduction-broadcast
print(centered.shape)
