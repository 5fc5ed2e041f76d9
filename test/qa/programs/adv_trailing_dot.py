# Typing in progress: a trailing attribute dot
import numpy as np

a = np.arange(5)
b = a.
print(b)
