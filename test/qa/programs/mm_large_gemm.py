# Bigger gemm through the blocked wasm kernel: exact digits of sums and corners
import numpy as np

rng = np.random.default_rng(2024)
for (m, k, n) in [(64, 64, 64), (100, 257, 33), (512, 784, 128), (1, 1000, 1), (257, 1, 129), (33, 65, 17)]:
    A = rng.standard_normal((m, k))
    B = rng.standard_normal((k, n))
    C = A @ B
    print((m, k, n), repr(C[0, 0]), repr(C[-1, -1]), repr(C.sum()))
    Cf = A.astype(np.float32) @ B.astype(np.float32)
    print('  f32', repr(Cf[0, 0]), repr(Cf[-1, -1]), repr(Cf.sum()))
D = rng.standard_normal((200, 300))
print(repr(np.dot(D, D.T)[10, 20]), repr((D @ D.T)[10, 20]), repr(D[10] @ D[20]))
