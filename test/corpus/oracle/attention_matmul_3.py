# oracle corpus: attention, bug: matmul
import numpy as np

Q = np.random.randn(8, 16)
K = np.random.randn(16, 8)
V = np.random.randn(8, 15)
scores = Q @ K.T / np.sqrt(16)
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights = weights / weights.sum(axis=-1, keepdims=True)
context = weights @ V
print(context.shape)
