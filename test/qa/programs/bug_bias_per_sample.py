# Bug: a bias with one value per sample added to (batch, features)
import numpy as np

X = np.ones((32, 10))
bias = np.zeros(32)
print(X.shape, bias.shape)
Y = X + bias
print(Y.shape)
