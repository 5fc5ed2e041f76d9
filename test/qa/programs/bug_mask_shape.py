# Bug: boolean mask with the wrong length
import numpy as np

data = np.arange(12).reshape(4, 3)
mask = np.array([True, False, True])
print(mask.sum())
selected = data[mask]
print(selected)
