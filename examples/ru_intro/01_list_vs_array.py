# NumPy для начинающих в глубоком обучении — Python-список vs. массив NumPy
# From the tutorial ../shared/seeds/001 (Russian).
# Python‑список
A = [1, 2, 3, 4]
B = [10, 20, 30, 40]
print(A + B) # [1, 2, 3, 4, 10, 20, 30, 40] – конкатенация

import numpy as np
A = np.array([1, 2, 3, 4])
B = np.array([10, 20, 30, 40])
print(A + B) # [11 22 33 44] – элементное сложение
