# oracle corpus: mlp, bug: keepdims
import numpy as np

np.random.seed(0)
X = np.random.randn(8, 30)
W1 = np.random.randn(30, 34) * 0.01
b1 = np.zeros(34)
W2 = np.random.randn(34, 40)
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1)
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, 40, size=8)
acc = (pred == labels).mean()
print(probs.shape, acc)
