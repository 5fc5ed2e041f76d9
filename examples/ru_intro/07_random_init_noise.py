# NumPy для начинающих в глубоком обучении — 1. Случайная инициализация и шум
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
W = np.random.randn(3, 3) * 0.01
x = np.array([1.0, 2.0, 3.0])
noise = np.random.normal(0, 0.1, size=x.shape)
x_noisy = x + noise
