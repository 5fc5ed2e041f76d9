import numpy as np
np.random.seed(1)
N, D, H, C = 6, 4, 5, 3
X = np.random.randn(N, D)
y = np.array([0, 1, 2, 0, 1, 2])
W1 = np.random.randn(D, H) * 0.5
b1 = np.zeros(H)
W2 = np.random.randn(H, C) * 0.5
b2 = np.zeros(C)
lr = 0.5
for step in range(20):
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0)
    scores = a1 @ W2 + b2
    scores = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(N), y]).mean()
    dscores = probs.copy()
    dscores[np.arange(N), y] -= 1
    dscores /= N
    dW2 = a1.T @ dscores
    db2 = dscores.sum(axis=0)
    da1 = dscores @ W2.T
    dz1 = da1 * (z1 > 0)
    dW1 = X.T @ dz1
    db1 = dz1.sum(axis=0)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    if step % 5 == 0:
        print(step, round(float(loss), 4))
print('final acc', (probs.argmax(axis=1) == y).mean())
