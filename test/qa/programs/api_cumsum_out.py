# In-place running sums with out= (np.cumsum / np.cumprod into the same or another array)
import numpy as np

f = np.arange(6000, dtype=np.float64)
np.cumsum(f, out=f)
print(repr(f[-1]), f[:4])
g = np.empty((3, 4))
np.cumprod(np.full((3, 4), 2.0), axis=1, out=g)
print(g)
