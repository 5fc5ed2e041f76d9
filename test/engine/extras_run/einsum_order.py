# np.einsum sums in NumPy's order (nditer axis order + sum_of_products kernels; QA-41, src/engine/einsum.ts)
import numpy as np
rng = np.random.default_rng(41)
img = np.arange(64 * 64, dtype=np.float64).reshape(64, 64) / 100
rows = np.arange(62)[:, None] + np.arange(3)
patches = img[rows[:, None, :, None], rows[None, :, None, :]]
k = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
conv = np.einsum('ijkl,kl->ij', patches, k)
print(repr(conv[5, 5]), repr(conv.sum()), conv.flags['C_CONTIGUOUS'])
A = rng.standard_normal((7, 33))
B = rng.standard_normal((33, 5))
C = rng.standard_normal((5, 6, 33))
v = rng.standard_normal(33)
w = rng.standard_normal(33)
f = A.astype(np.float32)
cases = [
    ('ij,jk->ik', A, B), ('ij,jk', A, B), ('ij,kj->ik', A, B.T), ('ji,jk->ik', A.T, B), ('i,i->', v, w), ('i,i', v, w),
    ('i,j->ij', v[:4], w[:5]), ('ij->', A), ('ij->i', A), ('ij->j', A), ('ii->i', A[:7, :7]), ('ii', A[:7, :7]), ('ij->ji', A),
    ('ij,j->i', A, v), ('j,ij->i', v, A), ('ij,ij->i', A, A), ('ij,ij->', A, A), ('ij,ij->j', A, A), ('abk,ck->abc', C, A),
    ('...j,j->...', C, v), ('...ij,...jk->...ik', C[:, :, :4], A[:4, :5]), ('bij,bjk->bik', C[:, :, :4], np.broadcast_to(A[:4, :7], (5, 4, 7))),
    ('i,i,i->', v, w, v), ('ij,j,j->i', A, v, w), ('ij,ij,ij->', A, A, A), ('i->', v[::-1]), ('i,i->', v[::2], w[::2]), ('i,i->', v[::-1], w[::-1]),
    ('ij,jk->ik', f, B.astype(np.float32)), ('i,i->', f[0], f[1]), ('ij->i', f), ('ij,ij->i', f, f), ('ij->', f.T),
    ('ij,jk->ik', np.arange(12).reshape(3, 4), np.arange(8).reshape(4, 2)), ('i,i->', np.arange(5, dtype=np.int8), np.arange(5, dtype=np.int8)),
    ('ij->j', np.arange(6).reshape(2, 3) > 2), ('i,i', np.arange(4.0), np.arange(4)), ('ij,jk->ik', A[:, ::3], B[::3]),
    ('ijk->k', C), ('ijk->ik', C), ('kij->j', C.transpose(2, 0, 1)), ('i,j,k->ijk', v[:2], w[:3], v[:4]),
]
for sub, *ops in cases:
    r = np.einsum(sub, *ops)
    print(sub, repr(r)[:400].replace('\n', ' '), r.dtype, r.shape)
print(repr(np.einsum('ij,ij->', rng.standard_normal((40, 50)), rng.standard_normal((40, 50)))))
print(repr(np.einsum('i,i->', rng.standard_normal(1001), rng.standard_normal(1001))), repr(np.einsum('i->', rng.standard_normal(1003))))
print(repr(np.einsum('ij,kj->ik', rng.standard_normal((6, 100)), rng.standard_normal((3, 100)))[2]))
X = rng.standard_normal((8, 3, 10, 10))
W = rng.standard_normal((4, 3, 3, 3))
from numpy.lib.stride_tricks import sliding_window_view
win = sliding_window_view(X, (3, 3), axis=(2, 3))
y = np.einsum('bchwkl,ockl->bohw', win, W)
print(y.shape, repr(y[1, 2, 3]), repr(y.sum()))
for bad in ['ij,jk->ik,', 'ij,j->ii', 'ij->k', 'i.j->i']:
    try:
        np.einsum(bad, A, v)
    except ValueError as e:
        print('ValueError', e)
