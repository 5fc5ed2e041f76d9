# Основные операции NumPy для глубокого обучения — section 2.1 Operations with scalars
# From the tutorial ../shared/seeds/000 (Russian).
import numpy as np

x = np.array([1, 2, 3])

print(x + 10)   # [11 12 13]
print(x * 2)    # [2 4 6]
print(x / 2)    # [0.5 1.  1.5]
