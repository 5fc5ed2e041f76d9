# Boolean arrays as numbers
import numpy as np

pred = np.array([0.2, 0.7, 0.55, 0.4, 0.9])
labels = np.array([0, 1, 0, 0, 1])
hard = (pred >= 0.5).astype(np.int64)
print(hard, hard.dtype)
tp = np.sum((hard == 1) & (labels == 1))
fp = np.sum((hard == 1) & (labels == 0))
print(tp, fp, type(tp).__name__)
print(np.logical_and(hard, labels), np.logical_xor(hard, labels))
print(True + True, np.True_ + 1, np.array([True, False]).sum())
