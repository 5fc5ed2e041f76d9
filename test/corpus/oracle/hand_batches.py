# oracle corpus: hand-written, mini-batches with a shuffled index and a running mean, clean
import numpy as np

data = np.random.randn(103, 5)
labels = np.random.randint(0, 4, size=103)
onehot = np.eye(4)[labels]
idx = np.random.permutation(len(data))
W = np.zeros((5, 4))
running = np.zeros(4)
count = 0
for start in range(0, len(data), 16):
    batch = idx[start:start + 16]
    xb, yb = data[batch], onehot[batch]
    logits = xb @ W
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    W -= 0.05 * xb.T @ (probs - yb) / len(batch)
    running = running + probs.sum(axis=0)
    count += len(batch)
mean_probs = running / count
print(W.shape, mean_probs.shape)
