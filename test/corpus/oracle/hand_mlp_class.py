# oracle corpus: hand-written, an MLP class trained with backprop, clean
import numpy as np


class MLP:
    def __init__(self, sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.Ws = [rng.normal(0, 0.1, size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros(b) for b in sizes[1:]]

    def forward(self, x):
        acts = [x]
        for W, b in zip(self.Ws, self.bs):
            x = np.tanh(x @ W + b)
            acts.append(x)
        return acts

    def step(self, x, y, lr=0.1):
        acts = self.forward(x)
        delta = (acts[-1] - y) * (1 - acts[-1] ** 2)
        for i in reversed(range(len(self.Ws))):
            gW = acts[i].T @ delta / len(x)
            gb = delta.mean(axis=0)
            delta = (delta @ self.Ws[i].T) * (1 - acts[i] ** 2)
            self.Ws[i] -= lr * gW
            self.bs[i] -= lr * gb
        return float(((acts[-1] - y) ** 2).mean())


net = MLP([4, 16, 3])
X = np.random.randn(32, 4)
Y = np.tanh(np.random.randn(32, 3))
losses = [net.step(X, Y) for _ in range(20)]
out = net.forward(X)[-1]
print(out.shape, losses[-1] < losses[0])
