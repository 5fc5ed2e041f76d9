# Huge allocation: 8 TB of float64
import numpy as np

print("allocating")
a = np.ones((1000000, 1000000))
print(a.shape)
