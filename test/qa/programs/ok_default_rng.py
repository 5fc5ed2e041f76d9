# The Generator API
import numpy as np

rng = np.random.default_rng(2024)
print(rng.random(4))
print(rng.standard_normal((2, 2)))
print(rng.integers(0, 100, size=6))
print(rng.choice(["a", "b", "c"], size=4))
print(rng.permutation(5))
print(rng.normal(0, 0.1, size=3))
print(rng.uniform(size=2))
idx = rng.permutation(10)
train, test = idx[:8], idx[8:]
print(train, test)
