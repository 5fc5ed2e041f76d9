# matmul, dot, outer, einsum
import numpy as np

A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
print(A @ B)
print(np.dot(A, B).shape)
v = np.array([1, 2, 3])
print(A @ v)
print(v @ B)
print(np.outer(v, v))
print(np.einsum('ij,jk->ik', A, B))
print(np.einsum('i,i->', v, v))
batch = np.ones((5, 2, 3)) @ np.ones((3, 4))
print(batch.shape)
print(np.inner(v, v), np.vdot(v, v))
