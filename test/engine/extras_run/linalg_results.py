# Named-tuple results of np.linalg (SVDResult, EighResult, QRResult, SlogdetResult): replayed by test/engine/extras_run.test.ts
import numpy as np
A = np.array([[4., 2], [2, 3]])
print(np.linalg.slogdet(A))
r = np.linalg.eigh(np.array([[2., 0], [0, 1]]))
print(r.eigenvalues, len(r))
w, v = r
print(w, v[0, 0] ** 2)
res = np.linalg.svd(np.eye(2))
print(res.S, res[1], res.Vh.shape)
print(np.linalg.svd(np.diag([3., 2.])))
q = np.linalg.qr(np.array([[3., 0], [4, 5]]))
print(q.R.shape, q[0].shape)
print(np.linalg.slogdet(np.array([[0., 1], [1, 0]])).sign)
