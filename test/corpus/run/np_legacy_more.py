import numpy as np
np.random.seed(2024)
print(np.random.random((2, 2)).round(5), np.random.choice([10, 20, 30], size=4), np.random.normal(size=2).round(5), np.random.randint(1, 7, size=(2, 3)))
