# Bug: sampling more items than exist without replacement
import numpy as np

np.random.seed(0)
pool = np.arange(5)
print(np.random.choice(pool, 3, replace=False))
sample = np.random.choice(pool, 8, replace=False)
print(sample)
