import numpy as np
print(np.array([0.001, 0.01, 0.1]), np.array([1e-10, 1]), np.array([123456789.0, 1.0]), np.array([-1.5, 2.25, 1e3]))
print(np.array([[1, -1], [100, 0]]), np.array([0.5]), np.float64(1e20), np.float64(1e-7), np.float32(3.14159), np.int32(7), np.array(5), np.array(2.5))
print(repr(np.array(5)), repr(np.array([True])), repr(np.float32(1e-8)), repr(np.array([1e20, 1.0])), np.array([[0.1, 0.123456789]]))
