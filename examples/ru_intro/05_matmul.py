# NumPy для начинающих в глубоком обучении — Простое матричное умножение
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
x = np.array([1.0, 2.0, 3.0]) # shape: (3,)
W = np.array([[0.1, 0.2, 0.3],
              [0.4, 0.5, 0.6]]) # shape: (2, 3)
y = W @ x
print(y) # [1.4 3.2]
