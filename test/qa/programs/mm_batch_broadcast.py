# Batched and broadcast matmul stacks, as in attention tutorials
import numpy as np

rng = np.random.default_rng(3)
Q = rng.standard_normal((2, 4, 10, 16))
K = rng.standard_normal((2, 4, 10, 16))
V = rng.standard_normal((2, 4, 10, 16))
scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(16)
print(scores.shape, repr(scores[0, 0, 0, :3]), repr(scores.sum()))
W = rng.standard_normal((16, 8))
proj = Q @ W
print(proj.shape, repr(proj[1, 2, 3, :3]), repr(proj.sum()))
A = rng.standard_normal((5, 1, 3, 4))
B = rng.standard_normal((6, 4, 2))
C = A @ B
print(C.shape, repr(C[4, 5]), repr(C.sum()))
print(np.matmul(rng.standard_normal((3, 4)), rng.standard_normal((7, 4, 5))).shape)
out = scores @ V
print(out.shape, repr(out[1, 3, 9, -3:]))
