# A broadcasting bug after match/walrus/f-string code the fast parser must get through (line 15)
import numpy as np

cfg = {"act": "relu", "dims": (8, 4)}
match cfg:
    case {"act": "relu", "dims": (d_in, d_out)}:
        act = lambda z: np.maximum(z, 0)
    case _:
        act = None
if (n := d_in * 2) > 10:
    print(f"{n=}, {d_in=}")
x = np.ones((16, d_in))
w = np.ones((d_in, d_out))
b = np.ones(d_in)
y = act(x @ w + b)
print(y.shape)
