# Integer and boolean matmul, int overflow wraparound, float32, empty K
import numpy as np

a = np.arange(12).reshape(3, 4)
b = np.arange(20).reshape(4, 5)
print(a @ b, (a @ b).dtype)
A = np.array([[True, False, True], [False, False, True]])
B = np.array([[True, False], [False, False], [False, True]])
print(A @ B, (A @ B).dtype)
adj = np.random.default_rng(0).random((60, 60)) > 0.9
print((adj @ adj).sum(), (adj @ adj).dtype, (adj.astype(int) @ adj.astype(int)).sum())
big = np.full((3, 3), 2**40, dtype=np.int64)
print(big @ big)
i32 = np.full((2, 2), 2**30, dtype=np.int32)
print(i32 @ i32, (i32 @ i32).dtype)
u8 = np.array([[200, 100], [50, 25]], dtype=np.uint8)
print(u8 @ u8, (u8 @ u8).dtype)
f32 = np.linspace(0, 1, 600, dtype=np.float32).reshape(20, 30)
m = f32 @ f32.T
print(m.dtype, repr(m[3, :3]), repr(m.sum()))
mix = f32 @ np.ones((30, 2))
print(mix.dtype, repr(mix[:2]))
e = np.ones((4, 0)) @ np.ones((0, 3))
print(e, e.shape)
ei = np.ones((2, 0), dtype=int) @ np.ones((0, 2), dtype=int)
print(ei, ei.dtype)
print(np.ones(0) @ np.ones(0), np.dot(np.ones((0, 5)).T, np.ones((0, 2))).shape)
