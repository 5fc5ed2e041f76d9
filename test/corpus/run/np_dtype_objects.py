import numpy as np
for dt in [np.float64, np.float32, np.int64, np.int32, np.uint8, np.bool_]:
    a = np.zeros(2, dtype=dt)
    print(dt.__name__ if hasattr(dt, '__name__') else dt, a.dtype, a.dtype.itemsize, a, repr(a))
