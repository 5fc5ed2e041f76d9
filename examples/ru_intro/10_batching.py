# NumPy для начинающих в глубоком обучении — 4. Разбиение на батчи
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
X = np.random.randn(100, 3)
batch_size = 16
for i in range(0, len(X), batch_size):
    batch = X[i:i+batch_size]
    # batch можно подавать в модель
