# Classification accuracy
import numpy as np

y_true = np.array([0, 1, 2, 2, 1, 0, 1, 2])
scores = np.array([[0.9, 0.05, 0.05],
                   [0.2, 0.7, 0.1],
                   [0.1, 0.2, 0.7],
                   [0.3, 0.4, 0.3],
                   [0.1, 0.8, 0.1],
                   [0.6, 0.3, 0.1],
                   [0.5, 0.4, 0.1],
                   [0.2, 0.2, 0.6]])
y_pred = np.argmax(scores, axis=1)
correct = y_pred == y_true
print(correct)
acc = correct.mean()
print("Accuracy:", acc)
print(f"Accuracy: {acc:.2%}")
print("%d / %d correct" % (correct.sum(), len(y_true)))
