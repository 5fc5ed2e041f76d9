# Random data on the heap: shuffling big 2-D arrays in place, permutations, choice, batches
import numpy as np

np.random.seed(3)
X = np.random.randn(2000, 8)
y = np.arange(2000)
perm = np.random.permutation(len(X))
Xs, ys = X[perm], y[perm]
print(repr(Xs[:2, :3]), ys[:5], repr(Xs.sum()))
np.random.shuffle(X)
print(repr(X[0, :3]), repr(X.sum(axis=0)[:2]))
rng = np.random.default_rng(5)
Z = rng.standard_normal((700, 12)).astype(np.float32)
rng.shuffle(Z)
print(repr(Z[0, :3]), repr(Z.sum()))
idx = rng.choice(700, size=64, replace=False)
print(idx[:6], repr(Z[idx].mean()))
noise = rng.normal(0, 0.1, size=(512, 784))
print(repr(noise.std()), repr(noise[511, 783]), repr(rng.uniform(size=5000).mean()))
u = np.random.rand(4096)
u[u < 0.5] = 0
print((u == 0).sum(), repr(u.sum()))
