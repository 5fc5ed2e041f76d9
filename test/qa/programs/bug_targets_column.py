# Bug: comparing predictions (N,) with labels stored as (N, 1) then indexing
import numpy as np

pred = np.array([1, 0, 1, 1])
labels = np.array([[1], [0], [0], [1]])
print(pred.shape, labels.shape)
W = np.ones((4, 2))
z = labels @ W
print(z)
