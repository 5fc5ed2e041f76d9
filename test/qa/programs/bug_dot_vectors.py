# Bug: dot of vectors with different lengths
import numpy as np

w = np.array([0.1, 0.2, 0.3])
x = np.array([1.0, 2.0, 3.0, 4.0])
print(len(w), len(x))
score = np.dot(w, x)
print(score)
