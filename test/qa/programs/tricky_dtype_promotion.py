# dtypes that change through arithmetic
import numpy as np

i8 = np.arange(3, dtype=np.int8)
f4 = np.ones(3, dtype=np.float32)
b = np.array([True, False, True])
r1 = i8 + f4
r2 = i8 * 2
r3 = b + b
r4 = b * 1.5
r5 = i8 / 2
r6 = f4 * 2.0
r7 = np.int64(3) * f4
r8 = i8.astype(np.float64) + 1
r9 = np.sqrt(i8)
r10 = (i8 > 0).sum()
print(r1.dtype, r2.dtype, r3.dtype, r4.dtype, r5.dtype, r6.dtype, r7.dtype, r8.dtype, r9.dtype, r10.dtype)
