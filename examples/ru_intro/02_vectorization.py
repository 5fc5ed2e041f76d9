# NumPy для начинающих в глубоком обучении — Векторизация: меньше циклов, код как формула
# From the tutorial ../shared/seeds/001 (Russian).
# Python‑список + цикл
data = [1, 2, 3, 4, 5]
squared = []
for x in data:
    squared.append(x ** 2)
print(squared) # [1, 4, 9, 16, 25]

# NumPy‑векторизация
import numpy as np
data = np.array([1, 2, 3, 4, 5])
squared = data ** 2
print(squared) # [ 1 4 9 16 25]
