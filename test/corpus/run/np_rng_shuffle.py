import numpy as np
np.random.seed(5)
a = np.arange(8)
np.random.shuffle(a)
print(a)
rng = np.random.default_rng(5)
b = np.arange(8)
rng.shuffle(b)
print(b, rng.permutation(5), rng.choice(10, 3, replace=False))
