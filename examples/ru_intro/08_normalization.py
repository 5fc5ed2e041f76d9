# NumPy для начинающих в глубоком обучении — 2. Нормализация данных
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
X = np.random.randn(100, 3) * 10 + 50
mean = X.mean(axis=0)
std = X.std(axis=0)
X_norm = (X - mean) / (std + 1e-8)
