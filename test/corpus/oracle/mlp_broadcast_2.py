# oracle corpus: mlp, bug: broadcast
import numpy as np

np.random.seed(0)
X = np.random.randn(20, 4)
W1 = np.random.randn(4, 26) * 0.01
b1 = np.zeros(20)
W2 = np.random.randn(26, 13)
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1, keepdims=True)
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, 13, size=20)
acc = (pred == labels).mean()
print(probs.shape, acc)
