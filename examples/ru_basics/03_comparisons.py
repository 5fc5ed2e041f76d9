# Основные операции NumPy для глубокого обучения — section 3. Comparison operations and masks
# From the tutorial ../shared/seeds/000 (Russian).
import numpy as np

x = np.array([1, 2, 3, 4, 5])

print(x > 3)   # [False False False  True  True]
print(x == 2)  # [False  True False False False]

x = np.array([1, -2, 3, 0, -5, 6])

mask = x > 0
print(mask)          # [ True False  True False False  True]

# Выбор положительных
pos = x[mask]
print(pos)           # [1 3 6]

# Количество положительных
num_pos = np.sum(mask)   # True=1, False=0
print(num_pos)           # 3
