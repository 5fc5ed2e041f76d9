# Bug inside a loss helper: labels (N,) subtracted from probabilities (N, K)
import numpy as np

def mse_loss(probs, labels):
    return np.mean((probs - labels) ** 2)

probs = np.full((8, 3), 1 / 3)
labels = np.arange(8) % 3
print(probs.shape, labels.shape)
print(mse_loss(probs, labels))
