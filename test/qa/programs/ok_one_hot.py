# One-hot encoding two ways
import numpy as np

y = np.array([2, 0, 1, 2, 3])
num_classes = 4
one_hot = np.zeros((y.size, num_classes))
one_hot[np.arange(y.size), y] = 1
print(one_hot)
eye_version = np.eye(num_classes)[y]
print(eye_version)
print(np.array_equal(one_hot, eye_version))
print(one_hot.argmax(axis=1))
print(one_hot.dtype, eye_version.shape)
