# Bug: weights multiplied in the wrong order
import numpy as np

X = np.random.randn(64, 784)
W = np.random.randn(784, 128)
print("X", X.shape, "W", W.shape)
h = W @ X
print(h.shape)
