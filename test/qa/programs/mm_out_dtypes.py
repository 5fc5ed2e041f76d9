# matmul with out= into heap slices, mixed dtypes, empty batches, scalar operands
import numpy as np

A = np.arange(600.0).reshape(20, 30) / 100
B = np.arange(30 * 40, dtype=np.float64).reshape(30, 40) / 1000
C = np.zeros((40, 40))
np.matmul(A, B, out=C[::2])
print(repr(C[0, :3]), repr(C[1, :3]), repr(C.sum()))
D = np.empty((20, 40))
np.dot(A, B, out=D)
print(np.array_equal(D, A @ B))
f32 = A.astype(np.float32)
print((f32 @ B).dtype, (A.astype(np.int32) @ f32.T).dtype, (np.ones((2, 3), dtype=bool) @ np.ones((3, 2), dtype=np.int8)).dtype)
print((np.arange(6, dtype=np.int8).reshape(2, 3) @ np.full((3, 2), 100, dtype=np.int8)))
e = np.ones((0, 3, 4)) @ np.ones((4, 2))
print(e.shape, (np.ones((5, 0)) @ np.ones((0,))).shape, np.ones((5, 0)) @ np.ones((0,)))
try:
    np.float64(2.0) @ A
except (ValueError, TypeError) as err:
    print(type(err).__name__, err)
try:
    np.matmul(A, B, out=np.zeros((20, 41)))
except ValueError as err:
    print("ValueError", err)
v = np.arange(30.0)
print(repr(v @ v), repr(A @ v)[:40], repr(v @ B)[:40], (v @ B).shape)
