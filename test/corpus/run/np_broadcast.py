import numpy as np
a = np.arange(3).reshape(3, 1)
b = np.arange(4)
print(a + b, (a * b).shape, np.ones((2, 3)) + np.array([1, 2, 3]), np.zeros((2, 1, 4)) + np.ones((3, 1)))
x = np.array([[1.0, 2.0], [3.0, 4.0]])
print(x - x.mean(axis=0), x / x.sum(axis=1, keepdims=True), x - x.mean(axis=1).reshape(-1, 1))
