# Bug: row sums without keepdims divide the wrong axis
import numpy as np

scores = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0], [1.0, 1.0, 1.0]])
exp = np.exp(scores)
print(exp.shape)
probs = exp / exp.sum(axis=1)
print(probs)
