# Matmul on transposed and sliced views (non-contiguous operands), big and small
import numpy as np

rng = np.random.default_rng(5)
X = rng.standard_normal((300, 64))
W = rng.standard_normal((32, 64))
H = X @ W.T
print(H.shape, repr(H[0, :3]), repr(H.sum()))
G = X.T @ X
print(G.shape, repr(G[0, :3]), repr(np.trace(G)))
S = X[::2, 1::2] @ W[:, ::2].T
print(S.shape, repr(S[5, :3]), repr(S.sum()))
R = X[::-1] @ W.T[:, :5]
print(repr(R[0]), repr(R.sum()))
F = np.asfortranarray(X)
print(repr((F @ W.T)[7, :2]), np.array_equal(F @ W.T, H))
v = X[:, 3]
print(repr(v @ X[:, 4]), repr(X.T @ v)[:60])
