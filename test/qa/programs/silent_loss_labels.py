# Silent broadcast: labels (N,1) compared with predictions (N,)
import numpy as np

labels = np.array([[0], [1], [1], [0]])
preds = np.array([0, 1, 0, 0])
acc = (preds == labels).mean()
print("accuracy:", acc)
