# ndarray.resize in place, ndarray.flags (repr, items, attributes, writeable), np.matmul(out=), np.r_ / np.c_
import numpy as np

a = np.arange(6)
a.resize((2, 4), refcheck=False)
print(a, a.shape)
b = np.arange(6.0).reshape(2, 3).copy()
b.resize(2, 2)
print(b)
c = np.ones(3, dtype=np.int32)
c.resize(0)
print(repr(c))
try:
    a[1:].resize(2)
except ValueError as e:
    print("ValueError:", e)
x = np.arange(12).reshape(3, 4)
print(x.flags)
print(x.T.flags)
print(x[:, 1].flags["C_CONTIGUOUS"], x[:, 1].flags.f_contiguous, x[1].flags["C"], x[1].flags.owndata)
print(np.zeros((3, 1)).T.flags["F"], np.zeros((0, 3))[:, ::2].flags.c_contiguous, x.flags["W"], x.flags["O"])
y = np.arange(4)
y.flags.writeable = False
print(y.flags.writeable, y.flags["WRITEABLE"])
try:
    y[0] = 5
except ValueError as e:
    print("ValueError:", e)
try:
    x.flags["NOPE"]
except KeyError as e:
    print("KeyError:", e)
out = np.empty((2, 2))
r = np.matmul(np.arange(6.0).reshape(2, 3), np.ones((3, 2)), out=out)
print(r is out, out)
for bad in (np.empty((3, 3)), np.empty((2, 2), dtype=np.int64)):
    try:
        np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
oi = np.zeros((2, 2), dtype=np.float32)
np.matmul(np.ones((2, 3), dtype=np.int64), np.ones((3, 2), dtype=np.int64), out=oi)
print(oi, oi.dtype)
print(np.r_[1:4, 7, np.array([9, 10])], np.r_[np.ones(2), 0], np.r_[0:1:5j])
print(np.c_[np.ones(2), np.zeros(2)], np.c_[np.ones((2, 2)), np.arange(2)], np.c_[1:3, 4:6], np.c_[1, 2])
print(np.r_[np.ones((1, 2)), np.zeros((2, 2))].shape)
