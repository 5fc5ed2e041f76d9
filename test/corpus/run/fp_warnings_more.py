# More RuntimeWarnings: divmod (builtin and np.divmod), scalar power/multiply, float32/float16 overflow,
# np.average/nanstd/nanvar/percentile at NumPy's own lines
import numpy as np
print(divmod(np.array([1, 2]), 0))
print(np.divmod(np.array([1.0, 0.0]), 0.0))
print(np.float64(0.0) ** -1, np.float32(3e38) * np.float32(10))
print(np.array([1e38], dtype=np.float32) * 10)
print(np.exp(np.float32(100)), np.array([60000], dtype=np.float16) * 2)
a = np.array([1.0, 2.0])
a[0] = np.inf
print(a - np.inf)
print(np.average(np.array([])))
print(np.nanstd(np.array([np.nan])), np.nanvar(np.array([np.nan, np.nan])))
print(np.percentile(np.array([1.0, np.inf]), 50))
