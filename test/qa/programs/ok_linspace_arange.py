# arange and linspace
import numpy as np

print(np.arange(10))
print(np.arange(1, 2, 0.1))
print(np.arange(0, 1, 0.25), np.arange(5, 0, -1))
print(np.linspace(0, 1, 5))
print(np.linspace(0, 10, 4, endpoint=False))
print(np.logspace(0, 3, 4))
xs, step = np.linspace(-1, 1, 9, retstep=True)
print(xs, step)
X, Y = np.meshgrid(np.arange(3), np.arange(2))
print(X)
print(Y)
print(np.zeros(3), np.ones((2, 2), dtype=int), np.full((2, 3), 7.5))
print(np.empty((0, 3)).shape, np.zeros_like(X), np.ones_like(xs, dtype=np.float32))
