# Seeded legacy random API
import numpy as np

np.random.seed(123)
print(np.random.rand(3))
print(np.random.randn(2, 3))
print(np.random.randint(0, 10, size=5))
print(np.random.choice([10, 20, 30, 40], size=3))
print(np.random.choice(5, 3, replace=False))
print(np.random.permutation(6))
arr = np.arange(8)
np.random.shuffle(arr)
print(arr)
print(np.random.uniform(-1, 1, size=(2, 2)))
print(np.random.normal(5, 2, 3))
print(np.random.random())
