import numpy as np
rng = np.random.default_rng(0)
print(rng.random(3))
print(rng.standard_normal(2))
print(rng.integers(0, 10, size=4))
print(rng.normal(5, 2, size=2))
print(rng.uniform(0, 1, size=2))
