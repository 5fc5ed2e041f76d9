import numpy as np
np.random.seed(3)
T, d = 4, 8
Q = np.random.randn(T, d)
K = np.random.randn(T, d)
V = np.random.randn(T, d)
scores = Q @ K.T / np.sqrt(d)
mask = np.triu(np.ones((T, T)), k=1) if hasattr(np, 'triu') else np.array([[0, 1, 1, 1], [0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 0, 0]], dtype=float)
scores = np.where(mask == 1, -1e9, scores)
w = np.exp(scores - scores.max(axis=-1, keepdims=True))
w = w / w.sum(axis=-1, keepdims=True)
out = w @ V
print(w.round(3))
print(out.shape, out.sum().round(6))
