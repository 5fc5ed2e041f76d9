# oracle corpus: mlp, bug: broadcast
import numpy as np

np.random.seed(0)
X = np.random.randn(29, 19)
W1 = np.random.randn(19, 26) * 0.01
b1 = np.zeros(29)
W2 = np.random.randn(26, 14)
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1, keepdims=True)
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, 14, size=29)
acc = (pred == labels).mean()
print(probs.shape, acc)
