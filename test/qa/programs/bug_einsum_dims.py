# Bug: einsum with mismatched contraction sizes
import numpy as np

Q = np.ones((2, 4, 8))
K = np.ones((2, 4, 6))
print(Q.shape, K.shape)
scores = np.einsum('btd,bsd->bts', Q, K)
print(scores.shape)
