# Scaled dot-product attention
import numpy as np

rng = np.random.default_rng(11)
B, T, D = 2, 4, 8
Q = rng.standard_normal((B, T, D))
K = rng.standard_normal((B, T, D))
V = rng.standard_normal((B, T, D))
scores = Q @ K.transpose(0, 2, 1) / np.sqrt(D)
causal = np.triu(np.ones((T, T), dtype=bool), k=1)
scores = np.where(causal, -np.inf, scores)
w = np.exp(scores - scores.max(axis=-1, keepdims=True))
w = w / w.sum(axis=-1, keepdims=True)
out = w @ V
print(out.shape)
print(np.round(w[0], 3))
print(np.allclose(w.sum(-1), 1))
