import numpy as np
logits = np.array([[0.1, 0.5, 0.4], [0.9, 0.05, 0.05], [0.2, 0.3, 0.5], [0.6, 0.3, 0.1]])
y = np.array([2, 0, 2, 1])
top1 = (logits.argmax(1) == y).mean()
top2 = np.mean([y[i] in np.argsort(logits[i])[-2:] for i in range(len(y))])
print(top1, top2)
