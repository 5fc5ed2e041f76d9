# oracle corpus: mlp, bug: matmul
import numpy as np

np.random.seed(0)
X = np.random.randn(34, 12)
W1 = np.random.randn(12, 6) * 0.01
b1 = np.zeros(6)
W2 = np.random.randn(16, 6)
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1, keepdims=True)
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, 16, size=34)
acc = (pred == labels).mean()
print(probs.shape, acc)
