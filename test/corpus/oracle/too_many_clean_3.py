# oracle corpus: too_many, clean
import numpy as np

v = np.linspace(0, 1, 24)
first = v[0]
diffs = v[1:] - v[:-1]
print(first, diffs.shape)
