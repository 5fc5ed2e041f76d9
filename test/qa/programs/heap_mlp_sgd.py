# Mini-batch SGD on a 2-layer MLP (numpy-from-scratch tutorial), loss printed with full repr
import numpy as np

rng = np.random.default_rng(0)
N, D, H, C = 512, 20, 64, 3
X = rng.standard_normal((N, D))
true_W = rng.standard_normal((D, C))
y = np.argmax(X @ true_W, axis=1)
W1 = rng.standard_normal((D, H)) * np.sqrt(2.0 / D)
b1 = np.zeros(H)
W2 = rng.standard_normal((H, C)) * np.sqrt(2.0 / H)
b2 = np.zeros(C)
lr, batch = 0.1, 64
for step in range(300):
    idx = rng.integers(0, N, size=batch)
    xb, yb = X[idx], y[idx]
    h = np.maximum(0, xb @ W1 + b1)
    logits = h @ W2 + b2
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(batch), yb]).mean()
    dlogits = p.copy()
    dlogits[np.arange(batch), yb] -= 1
    dlogits /= batch
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dh = dlogits @ W2.T
    dh[h <= 0] = 0
    dW1 = xb.T @ dh
    db1 = dh.sum(axis=0)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    if step % 50 == 0 or step == 299:
        print(step, repr(loss))
acc = (np.argmax(np.maximum(0, X @ W1 + b1) @ W2 + b2, axis=1) == y).mean()
print("accuracy", acc)
print("final loss %.6f" % loss)
