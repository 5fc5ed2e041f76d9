import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes, a.strides, a.T.shape, len(a), type(a))
b = np.zeros((3,), dtype=np.float32)
print(b.dtype, b.dtype.name, b.dtype.itemsize, b.dtype == np.float32, b.dtype == 'float32', str(b.dtype), repr(b.dtype))
