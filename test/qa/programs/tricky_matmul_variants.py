# matmul/dot of every rank combination
import numpy as np

v = np.ones(3)
M = np.ones((3, 3))
T = np.ones((2, 3, 3))
r1 = v @ v
r2 = v @ M
r3 = M @ v
r4 = T @ v
r5 = v @ T
r6 = T @ M
r7 = np.dot(T, v)
r8 = np.dot(v, 2.0)
r9 = np.tensordot(T, M, axes=([2], [0]))
print(r1, r2.shape, r3.shape, r4.shape, r5.shape, r6.shape, r7.shape, np.shape(r8), r9.shape)
