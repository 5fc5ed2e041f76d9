# Silent broadcast in binary cross-entropy
import numpy as np

p = np.array([[0.9], [0.2], [0.7]])
y = np.array([1.0, 0.0, 1.0])
bce = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(f"bce={bce:.4f}")
