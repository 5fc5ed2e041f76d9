# apply_along_axis, fromfunction, linalg.cond, linalg.multi_dot: replayed by test/engine/extras_run.test.ts
import numpy as np
print(np.apply_along_axis(lambda r: r.sum(), 1, np.arange(6).reshape(2, 3)))
print(np.apply_along_axis(lambda r: r * 2.5, 0, np.arange(6).reshape(2, 3)))
print(np.apply_along_axis(lambda r, k: np.sort(r)[-k:], 1, np.array([[3, 1, 2], [9, 7, 8]]), 2))
print(np.apply_along_axis(np.mean, 0, np.array([[1., 2], [3, 5]])))
print(np.fromfunction(lambda i, j: i + j, (2, 3)))
print(np.fromfunction(lambda i, j: i == j, (2, 2), dtype=int))
print(round(float(np.linalg.cond(np.array([[1., 2], [3, 4]]))), 10), np.linalg.cond(np.eye(3)))  # LAPACK rounds s_min differently in the last ulps
print(np.linalg.multi_dot([np.ones(2), np.ones((2, 3)), np.ones(3)]))
print(np.linalg.multi_dot([np.eye(2), np.array([[1., 2], [3, 4]]), np.ones((2, 1))]))
