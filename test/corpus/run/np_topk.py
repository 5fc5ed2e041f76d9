import numpy as np
scores = np.array([0.1, 0.7, 0.05, 0.9, 0.3])
k = 3
top = np.argsort(scores)[::-1][:k]
print(top, scores[top], np.sort(scores)[-k:][::-1])
