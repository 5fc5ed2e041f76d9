# CPython 3.11 compile-time SyntaxWarnings: 'is' with a literal, assert on a tuple, missed commas ([[1, 2] [3, 4]], [(1, 2) (3, 4)])
import numpy as np
x = 1
if x is 1:
    pass
assert (x, "msg")
assert ()
def pairs():
    return [(1, 2) (3, 4)]
def grid():
    return np.array([[1, 2] [0, 1]])
def other():
    y = None[0]
    z = "abc"[1.5]
    w = [1, 2]["a"]
    v = {1, 2}[0]
    u = (lambda: 1)[0]
    t = f"{x}"[None]
    s = [1, 2][0:1], (1, 2)[x], "ab"[True]
    return 3(4)
print("compiled")
try:
    grid()
except TypeError as e:
    print("TypeError:", e)
pairs()
