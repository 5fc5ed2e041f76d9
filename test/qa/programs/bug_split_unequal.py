# Bug: splitting into sections that do not divide evenly
import numpy as np

x = np.arange(10)
halves = np.split(x, 2)
print(halves)
thirds = np.split(x, 3)
print(thirds)
