# Cross-entropy loss with integer labels
import numpy as np

probs = np.array([[0.7, 0.2, 0.1],
                  [0.1, 0.8, 0.1],
                  [0.3, 0.3, 0.4],
                  [0.25, 0.5, 0.25]])
labels = np.array([0, 1, 2, 1])
n = probs.shape[0]
correct = probs[np.arange(n), labels]
print(correct)
loss = -np.mean(np.log(correct))
print("loss = %.4f" % loss)
eps = 1e-12
loss2 = -np.sum(np.log(np.clip(correct, eps, 1.0))) / n
print(f"loss2 = {loss2:.6f}")
print(round(float(loss), 4) == round(float(loss2), 4))
