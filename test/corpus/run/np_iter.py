import numpy as np
a = np.arange(6).reshape(2, 3)
for row in a:
    print(row, row.sum())
for v in np.array([1.5, 2.5]):
    print(v, type(v).__name__)
print(list(np.arange(3)), [int(v) for v in np.arange(3)], sum(np.arange(4)), max(np.array([3, 7, 2])), len(a))
