# NumPy Basics for Deep Learning — section 5.1 A 2-D example of axis
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

X = np.array([[1, 2, 3],
              [4, 5, 6]])  # shape: (2, 3)

# axis=0: reduce along rows (column-wise)
print(np.sum(X, axis=0))   # [5 7 9]
print(np.mean(X, axis=0))  # [2.5 3.5 4.5]

# axis=1: reduce along columns (row-wise)
print(np.sum(X, axis=1))   # [ 6 15]
print(np.mean(X, axis=1))  # [2. 5.]
