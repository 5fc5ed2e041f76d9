# Exploding activations: overflow and invalid values inside matmul / dot / einsum
import numpy as np

W = np.full((100, 100), 1e200)
h = W @ W
print(h[0, :2], np.isinf(h).all())
x = np.full(100, 1e200)
print(x @ x, np.dot(x, x), W.dot(x)[:1])
mix = np.array([[np.inf, -np.inf]]) @ np.array([[1.0], [1.0]])
print(mix)
small = np.ones((3, 3)) @ np.full((3, 3), 1e300)
print(small[0])
f = np.full((64, 64), 1e30, dtype=np.float32)
print((f @ f)[0, :1], (f @ f).dtype)
with np.errstate(over="ignore", invalid="ignore"):
    print((W @ W)[0, 0])
print(np.einsum("ij,jk->ik", W, W)[0, 0])
