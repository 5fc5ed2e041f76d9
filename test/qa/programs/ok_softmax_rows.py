# Numerically stable softmax over the rows of a batch of logits
import numpy as np

def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)

logits = np.array([[2.0, 1.0, 0.1],
                   [1.0, 3.0, 0.2],
                   [1000.0, 1000.0, 0.0]])
probs = softmax(logits)
print(probs)
print(probs.sum(axis=1))
print("argmax:", probs.argmax(axis=1))
for i, row in enumerate(probs):
    print(f"sample {i}: " + ", ".join(f"{p:.4f}" for p in row))
