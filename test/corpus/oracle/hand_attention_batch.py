# oracle corpus: hand-written, batched multi-head attention, clean
import numpy as np

B, T, D, heads = 2, 5, 8, 2
x = np.random.randn(B, T, D)
Wq = np.random.randn(D, D)
Wk = np.random.randn(D, D)
Wv = np.random.randn(D, D)
q = (x @ Wq).reshape(B, T, heads, D // heads).transpose(0, 2, 1, 3)
k = (x @ Wk).reshape(B, T, heads, D // heads).transpose(0, 2, 1, 3)
v = (x @ Wv).reshape(B, T, heads, D // heads).transpose(0, 2, 1, 3)
scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(D // heads)
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights /= weights.sum(axis=-1, keepdims=True)
out = (weights @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
print(out.shape)
