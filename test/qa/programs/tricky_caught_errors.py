# Shape errors that are expected and handled
import numpy as np

def safe_add(a, b):
    try:
        return a + b
    except ValueError:
        return None

print(safe_add(np.ones(3), np.ones(4)))
print(safe_add(np.ones(3), np.ones(3)))
shapes = [(2, 3), (3, 2)]
for s in shapes:
    try:
        r = np.ones((2, 3)) @ np.ones(s)
        print("ok", r.shape)
    except ValueError as e:
        print("skip", s)
