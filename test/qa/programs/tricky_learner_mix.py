# A mix of learner patterns: layer lists, shuffled batches, RNN loop, convolution loops, slice assignment
import numpy as np
class Net:
    def __init__(self, sizes):
        self.W = [np.random.randn(a, b) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros(b) for b in sizes[1:]]
    def forward(self, x):
        for W, b in zip(self.W, self.b):
            x = np.maximum(0, x @ W + b)
        return x
net = Net([4, 8, 3])
out = net.forward(np.ones((2, 4)))
print(out.shape)
X = np.ones((6, 4))
idx = np.random.permutation(len(X))
for i in range(0, len(X), 4):
    xb = X[idx[i:i + 4]]
    yb = net.forward(xb)
print(yb.shape)
data = np.arange(24).reshape(4, 6)
train, val = data[:3], data[3:]
mu = train.mean(0)
val_n = val - mu
print(val_n.shape)
imgs = np.zeros((10, 28, 28))
flat = imgs.reshape(len(imgs), -1)
W = np.zeros((784, 10))
logits = flat @ W
print(logits.shape)
seq = np.zeros((5, 3))
h = np.zeros(3)
outs = []
for t in range(seq.shape[0]):
    h = np.tanh(seq[t] + h)
    outs.append(h)
H = np.array(outs)
print((H @ np.ones(3)).shape)
grid = np.zeros((3, 3))
for (i, j), v in np.ndenumerate(grid):
    grid[i, j] = i * 3 + j
print(grid.sum())
a = np.ones(3)
b = a if a.ndim == 2 else a[:, None]
c = b @ np.ones((1, 3))
print(c.shape)
kernel = np.ones((3, 3)) / 9
img = np.arange(49.0).reshape(7, 7)
res = np.zeros((5, 5))
for i in range(5):
    for j in range(5):
        res[i, j] = (img[i:i+3, j:j+3] * kernel).sum()
print(res[0, 0])
z = np.zeros((2, 3))
z[:] = np.arange(3)
z[0] = 5
z[:, 1] = [7, 8]
print(z)
x1, x2 = np.split(np.arange(8).reshape(2, 4), 2, axis=1)
print((x1 @ np.ones((2, 1))).shape)
q = np.ones((4, 1)).ravel() @ np.ones(4)
e = np.einsum('bij,bjk->bik', np.ones((2, 3, 4)), np.ones((2, 4, 5)))
print(q, e.shape)
