import numpy as np
preds = np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
y = np.array([1, 0, 0, 0])
pred_labels = preds.argmax(axis=1)
acc = (pred_labels == y).mean()
print(pred_labels, acc, f'accuracy: {acc:.2%}', np.sum(pred_labels == y), (pred_labels == y).astype(int))
