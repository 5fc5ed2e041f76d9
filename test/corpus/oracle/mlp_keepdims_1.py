# oracle corpus: mlp, bug: keepdims
import numpy as np

np.random.seed(0)
X = np.random.randn(39, 7)
W1 = np.random.randn(7, 40) * 0.01
b1 = np.zeros(40)
W2 = np.random.randn(40, 33)
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1)
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, 33, size=39)
acc = (pred == labels).mean()
print(probs.shape, acc)
