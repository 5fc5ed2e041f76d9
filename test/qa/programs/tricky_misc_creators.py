# Creation and reshaping helpers, then a matmul on each result
import numpy as np
out = np.empty((2, 2))
np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=out)
r = out @ np.ones(2)
x = np.ones(5)
x = x.reshape(5, 1)
x = np.squeeze(x)
y = x @ np.ones(5)
labels = np.array([1, 0, 2])
n_classes = labels.max() + 1
oh = np.eye(n_classes)[labels]
s = oh @ np.ones(3)
for k in range(3):
    k_arr = np.ones((k + 1, 2))
    t = k_arr @ np.ones((2, 1))
m = np.ones((3, 3))
m2 = m[[0, 1]]
u = m2 @ np.ones(3)
mask = m[:, 0] > 0
sel = m[mask]
q = sel @ np.ones(3)
X = np.ones((10, 3))
Xb = np.c_[np.ones(10), X]
tb = Xb @ np.ones(4)
Xr = np.r_[X, X]
print(r.shape, y, s.shape, t.shape, u.shape, q.shape, tb.shape, Xr.shape)
stacked = np.array([np.ones(3), np.zeros(3)])
print((stacked @ np.ones(3)).shape)
A = np.arange(6).reshape(2, 3)
A2 = A.swapaxes(0, 1)
print((A2 @ np.ones(2)).shape)
B = np.atleast_2d(np.ones(3))
print((B @ np.ones(3)).shape)
C = np.pad(np.ones((2, 2)), 1)
print((C @ np.ones(4)).shape)
D = np.flip(np.ones((2, 5)), axis=0)
print((D @ np.ones(5)).shape)
E = np.diff(np.ones((3, 5)), axis=1)
print((E @ np.ones(4)).shape)
F = np.delete(np.ones((4, 3)), 1, axis=1)
print((F @ np.ones(2)).shape)
G = np.cumsum(np.ones((2, 3)))
print((G @ np.ones(6)).shape)
H = np.argsort(np.ones((2, 3)), axis=None)
print(H.shape)
I = np.unique(np.array([1, 1, 2]))
print((I @ np.ones(2)))
