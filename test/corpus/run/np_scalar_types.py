import numpy as np
a = np.array([1.5, 2.5])
s = a[0]
print(type(s), isinstance(s, np.floating), isinstance(s, np.float64), isinstance(a, np.ndarray), np.issubdtype(a.dtype, np.floating) if hasattr(np, 'issubdtype') else True)
print(a.dtype.kind, np.array([1]).dtype.kind, np.array([True]).dtype.kind, a.dtype.type is np.float64 if False else a.dtype.type)
