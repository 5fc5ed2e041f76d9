import numpy as np
def softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)
logits = np.array([[2.0, 1.0, 0.1], [1.0, 3.0, 0.2], [0.5, 0.5, 0.5]])
p = softmax(logits)
print(p)
print(p.sum(axis=1), p.argmax(axis=1), np.round(p, 3))
