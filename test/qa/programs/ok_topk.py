# Top-k predictions
import numpy as np

scores = np.array([[0.1, 0.5, 0.2, 0.9, 0.3],
                   [0.8, 0.1, 0.7, 0.2, 0.4]])
k = 2
topk = np.argsort(-scores, axis=1)[:, :k]
print(topk)
print(np.take_along_axis(scores, topk, axis=1))
part = np.argpartition(scores, -k, axis=1)[:, -k:]
print(np.sort(part, axis=1))
labels = np.array([3, 2])
print((topk == labels[:, None]).any(axis=1).mean())
