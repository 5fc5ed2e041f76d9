# oracle corpus: attention, bug: matmul
import numpy as np

Q = np.random.randn(20, 27)
K = np.random.randn(27, 20)
V = np.random.randn(20, 10)
scores = Q @ K.T / np.sqrt(27)
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights = weights / weights.sum(axis=-1, keepdims=True)
context = weights @ V
print(context.shape)
