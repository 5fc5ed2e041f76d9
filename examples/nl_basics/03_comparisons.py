# NumPy-basisbewerkingen voor deep learning — section 3. Comparison operations and masks
# From the tutorial ../shared/seeds/002 (Dutch).
import numpy as np

x = np.array([1, 2, 3, 4, 5])

print(x > 3)   # [False False False  True  True]
print(x == 2)  # [False  True False False False]

x = np.array([1, -2, 3, 0, -5, 6])

mask = x > 0
print(mask)          # [ True False  True False False  True]

# Positieve waarden
pos = x[mask]
print(pos)           # [1 3 6]

# Aantal positieve waarden
num_pos = np.sum(mask)   # True wordt 1, False 0
print(num_pos)           # 3
