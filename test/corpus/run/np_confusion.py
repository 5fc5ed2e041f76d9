import numpy as np
y_true = np.array([0, 1, 2, 2, 1, 0, 1])
y_pred = np.array([0, 2, 2, 2, 1, 0, 0])
cm = np.zeros((3, 3), dtype=int)
for t, p in zip(y_true, y_pred):
    cm[t, p] += 1
print(cm)
precision = cm.diagonal() / cm.sum(axis=0) if hasattr(cm, 'diagonal') else np.array([cm[i, i] for i in range(3)]) / cm.sum(axis=0)
print(np.round(precision, 3), np.trace(cm), np.trace(cm) / cm.sum())
