import numpy as np
vocab = {'the': 0, 'cat': 1, 'sat': 2}
E = np.arange(12, dtype=float).reshape(3, 4) / 10
ids = [vocab[w] for w in 'the cat sat the'.split()]
vecs = E[ids]
print(ids, vecs.shape, vecs.mean(axis=0))
