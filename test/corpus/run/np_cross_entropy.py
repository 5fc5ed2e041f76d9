import numpy as np
probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
labels = np.array([0, 1, 2])
picked = probs[np.arange(3), labels]
loss = -np.log(picked).mean()
print(picked, loss, round(float(loss), 6))
