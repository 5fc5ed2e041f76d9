# Indentation error while editing
import numpy as np

a = np.ones(3)
if a.sum() > 1:
print(a)
