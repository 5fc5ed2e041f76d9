# Shapes that change with control flow; python3 runs all of it, so check must stay quiet
import numpy as np

def layer(x, w):
    return x @ w

w_small = np.ones((3, 2))
w_big = np.ones((5, 2))
print(layer(np.ones((4, 3)), w_small).shape, layer(np.ones((4, 5)), w_big).shape)
x = np.ones((4, 3))
if x.shape[1] == 5:
    x = x @ w_big
else:
    x = x @ w_small
print(x.shape)
try:
    y = np.ones((2, 3)) @ np.ones((2, 3))
except ValueError:
    y = np.ones((2, 3)) @ np.ones((2, 3)).T
print(y.shape)
hist = np.zeros((0, 3))
for i in range(4):
    hist = np.concatenate([hist, np.full((1, 3), i)], axis=0)
print(hist.shape, hist.sum())
state = np.zeros(2)
def grow():
    global state
    state = np.append(state, [1.0, 2.0])
grow(); grow()
print(state.shape, state @ np.ones(6))
params = {"W1": np.ones((3, 4)), "W2": np.ones((4, 1))}
h = np.ones((5, 3))
for k in ("W1", "W2"):
    h = h @ params[k]
print(h.shape)
class Model:
    def __init__(self):
        self.W = np.ones((2, 2))
    def widen(self):
        self.W = np.hstack([self.W, self.W])
    def __call__(self, v):
        return v @ self.W
m = Model(); m.widen()
print(m(np.ones((1, 2))).shape)
z = np.arange(12)
while z.ndim < 3:
    z = z.reshape(2, -1) if z.ndim == 1 else z.reshape(2, 2, -1)
print(z.shape, (z + np.ones((3,))).shape)
pts = np.ones(4)
for _ in range(2):
    pts = pts[:, np.newaxis] * np.ones(3)
print(pts.shape)
