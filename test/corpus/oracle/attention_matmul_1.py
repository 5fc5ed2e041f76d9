# oracle corpus: attention, bug: matmul
import numpy as np

Q = np.random.randn(19, 23)
K = np.random.randn(23, 19)
V = np.random.randn(19, 14)
scores = Q @ K.T / np.sqrt(23)
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights = weights / weights.sum(axis=-1, keepdims=True)
context = weights @ V
print(context.shape)
