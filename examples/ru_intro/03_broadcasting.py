# NumPy для начинающих в глубоком обучении — Бродкастинг: работа с разными shape
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
x = np.array([[1, 2, 3],
              [4, 5, 6]]) # shape: (2, 3)
b = np.array([10, 20, 30]) # shape: (3,)
y = x + b
print(y)
# [[11 22 33]
#  [14 25 36]]
