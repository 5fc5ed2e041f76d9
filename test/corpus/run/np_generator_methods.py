import numpy as np
rng = np.random.default_rng(123)
X = rng.normal(size=(3, 2))
print(X.round(4), rng.integers(0, 5, size=(2, 3)), rng.choice(['a', 'b', 'c'] if False else 5, size=3), rng.permutation(np.arange(4)))
