# Cross-entropy with log(0): the RuntimeWarnings a learner sees, printed once per line
import numpy as np

def softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)

def cross_entropy(p, y):
    return -np.mean(np.log(p[np.arange(len(y)), y]))

logits = np.array([[1000.0, 0.0, -1000.0], [2.0, 1.0, 0.1]])
p = softmax(logits)
print(p)
print(cross_entropy(p, np.array([1, 0])))
probs = np.array([[1.0, 0.0], [0.5, 0.5]])
for epoch in range(3):
    loss = -np.sum(np.array([[0, 1], [1, 0]]) * np.log(probs))
    print(epoch, loss)
z = np.zeros(5000)
print(np.log(z).sum(), (1 / z)[:2])
safe = np.log(np.clip(probs, 1e-12, 1.0))
print(safe)
