# NumPy-basisbewerkingen voor deep learning — section 5.1 A 2-D example of axis
# From the tutorial ../shared/seeds/002 (Dutch).
import numpy as np

X = np.array([[1, 2, 3],
              [4, 5, 6]])  # shape: (2, 3)

# axis=0: berekening per kolom
print(np.sum(X, axis=0))   # [5 7 9]
print(np.mean(X, axis=0))  # [2.5 3.5 4.5]

# axis=1: berekening per rij
print(np.sum(X, axis=1))   # [ 6 15]
print(np.mean(X, axis=1))  # [2. 5.]
