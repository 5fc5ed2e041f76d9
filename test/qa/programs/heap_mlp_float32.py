# The same kind of MLP in float32 (as PyTorch users write it), sigmoid output, BCE loss
import numpy as np

np.random.seed(1)
X = np.random.randn(256, 10).astype(np.float32)
y = (X[:, 0] + X[:, 1] ** 2 > 1).astype(np.float32).reshape(-1, 1)
W1 = (np.random.randn(10, 32) * 0.1).astype(np.float32)
b1 = np.zeros((1, 32), dtype=np.float32)
W2 = (np.random.randn(32, 1) * 0.1).astype(np.float32)
b2 = np.zeros((1, 1), dtype=np.float32)
lr = np.float32(0.5)
for epoch in range(200):
    z1 = X @ W1 + b1
    a1 = np.tanh(z1)
    z2 = a1 @ W2 + b2
    out = 1 / (1 + np.exp(-z2))
    eps = 1e-7
    loss = -np.mean(y * np.log(out + eps) + (1 - y) * np.log(1 - out + eps))
    d2 = (out - y) / len(X)
    dW2 = a1.T @ d2
    db2 = d2.sum(axis=0, keepdims=True)
    d1 = (d2 @ W2.T) * (1 - a1 ** 2)
    dW1 = X.T @ d1
    db1 = d1.sum(axis=0, keepdims=True)
    W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
    if epoch % 40 == 0:
        print(epoch, loss, loss.dtype, W1.dtype, out.dtype)
pred = (out > 0.5).astype(np.float32)
print("acc", (pred == y).mean(), round(float(loss), 3))
