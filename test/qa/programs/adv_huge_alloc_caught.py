# Huge allocation caught as MemoryError
import numpy as np

try:
    a = np.empty((10 ** 7, 10 ** 7))
except MemoryError as e:
    print("MemoryError caught:", type(e).__name__)
print("still alive")
