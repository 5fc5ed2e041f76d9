# Confusion matrix, precision, recall
import numpy as np

y_true = np.array([0, 1, 2, 2, 0, 1, 1, 2, 0, 2])
y_pred = np.array([0, 2, 2, 2, 0, 1, 0, 2, 1, 2])
k = 3
cm = np.zeros((k, k), dtype=int)
for t, p in zip(y_true, y_pred):
    cm[t, p] += 1
print(cm)
tp = np.diag(cm)
precision = tp / cm.sum(axis=0)
recall = tp / cm.sum(axis=1)
f1 = 2 * precision * recall / (precision + recall)
for c in range(k):
    print(f"class {c}: P={precision[c]:.3f} R={recall[c]:.3f} F1={f1[c]:.3f}")
np.add.at(cm, (y_true, y_pred), 1)
print(cm)
