# line ending in an operator (no continuation)
import numpy as np

y = np.ones(3) +
print(y)
