# Bug: boolean mask assignment with the wrong number of values
import numpy as np

x = np.array([1.0, -2.0, 3.0, -4.0])
neg = x < 0
print(neg.sum())
x[neg] = np.array([0.0, 0.0, 0.0])
print(x)
