import numpy as np
print(np.array([1, 2, 3]), np.array([1.5, 2]), np.array([[1, 2], [3, 4]]), np.array([True, False]))
print(np.zeros(3), np.ones((2, 2)), np.full((2, 3), 7), np.eye(3), np.arange(5), np.arange(1, 10, 2), np.arange(0, 1, 0.25))
print(np.linspace(0, 1, 5), np.linspace(0, 10, 4, endpoint=False), np.zeros((2, 3), dtype=int), np.ones(3, dtype=np.float32))
print(repr(np.array([1, 2, 3])), repr(np.zeros(2)), repr(np.array([1.5], dtype=np.float32)), repr(np.arange(3, dtype=np.int32)))
