# oracle corpus: hand-written, attention forgetting to transpose the keys
import numpy as np

B, T, D = 2, 5, 8
q = np.random.randn(B, T, D)
k = np.random.randn(B, T, D)
scores = q @ k / np.sqrt(D)
print(scores.shape)
