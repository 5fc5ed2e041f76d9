# oracle corpus: attention, bug: matmul
import numpy as np

Q = np.random.randn(14, 28)
K = np.random.randn(28, 14)
V = np.random.randn(14, 7)
scores = Q @ K.T / np.sqrt(28)
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights = weights / weights.sum(axis=-1, keepdims=True)
context = weights @ V
print(context.shape)
