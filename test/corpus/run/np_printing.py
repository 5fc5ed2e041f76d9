import numpy as np
print(np.array([1e-5, 1.0]), np.array([1e9, 1.0]), np.array([0.1, 0.25, 100.0]), np.array([1.0, 2.0]) / 3)
print(np.arange(2000), np.zeros((3, 0)), np.array([]), np.array([[1.5, -2.0], [300.0, 4e-3]]))
print(np.array([np.nan, np.inf, -np.inf, 1.0]), np.array([True, False, True]), np.array([-1, 10, -100]))
print(repr(np.arange(2000)), repr(np.array([[1.0, 2.0]])), repr(np.array([], dtype=np.int32)))
