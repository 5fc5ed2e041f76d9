# Silent broadcast: one-hot targets (N,K) minus probabilities of shape (N,1)
import numpy as np

t = np.eye(3)[[0, 2, 1, 1]]
p_true = np.array([0.6, 0.3, 0.5, 0.9])[:, None]
g = t - p_true
print(g.shape)
