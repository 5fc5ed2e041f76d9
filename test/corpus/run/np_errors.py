import numpy as np
a = np.arange(6)
for f in [lambda: a.reshape(4, 2), lambda: a[10], lambda: np.ones((2, 3)) @ np.ones((2, 3)), lambda: a.sum(axis=2), lambda: np.zeros((2, 2)) + np.zeros((3,)), lambda: a[1, 2]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
