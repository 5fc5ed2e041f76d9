# Error messages of the API-coverage functions: replayed by test/engine/extras_run.test.ts
import numpy as np
for f in [lambda: np.bincount([-1, 2]), lambda: np.histogram([1, 2], bins=[2, 1]), lambda: np.convolve([], [1]),
          lambda: np.insert([1, 2, 3], 5, 0), lambda: np.take_along_axis(np.zeros((2, 2)), np.zeros(2, int), axis=0),
          lambda: np.fill_diagonal(np.zeros(3), 1), lambda: np.broadcast_shapes((2,), (3,)), lambda: np.diff([1, 2], n=-1),
          lambda: np.unravel_index(10, (2, 3)), lambda: np.ravel_multi_index((1, 5), (2, 3)), lambda: np.linalg.cholesky(np.array([[1., 2], [2, 1]])),
          lambda: np.polyfit([0, 1, 2], [1, 2], 1), lambda: np.ix_([[1]])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
