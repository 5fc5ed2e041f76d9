# Embedding lookup and mean pooling
import numpy as np

rng = np.random.default_rng(5)
vocab, dim = 10, 4
E = rng.normal(size=(vocab, dim)).round(2)
tokens = np.array([[1, 2, 3, 0], [4, 5, 0, 0]])
emb = E[tokens]
print(emb.shape)
mask = (tokens != 0)[..., None]
pooled = (emb * mask).sum(axis=1) / mask.sum(axis=1)
print(np.round(pooled, 4))
print(mask.shape, mask.dtype)
