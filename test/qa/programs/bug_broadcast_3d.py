# Bug: adding a (T, D) positional table to (B, T, D) with the wrong T
import numpy as np

B, T, D = 2, 10, 16
x = np.zeros((B, T, D))
pos = np.zeros((12, D))
print(x.shape, pos.shape)
y = x + pos
print(y.shape)
