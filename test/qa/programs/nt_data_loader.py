# namedtuple batches in a data loader, as in a from-scratch training tutorial
from collections import namedtuple
import numpy as np

Batch = namedtuple("Batch", ["x", "y"])
Split = namedtuple("Split", "train val test")
Config = namedtuple("Config", ["lr", "epochs", "batch_size"], defaults=[32])

def loader(X, y, batch_size, shuffle=True, seed=0):
    idx = np.arange(len(X))
    if shuffle:
        np.random.default_rng(seed).shuffle(idx)
    for start in range(0, len(X), batch_size):
        sel = idx[start:start + batch_size]
        yield Batch(X[sel], y[sel])

X = np.arange(100 * 4, dtype=np.float64).reshape(100, 4)
y = np.arange(100) % 3
cfg = Config(0.1, 2)
print(cfg, cfg.batch_size, cfg._fields, cfg._asdict())
for b in loader(X, y, cfg.batch_size):
    print(type(b).__name__, b.x.shape, b.y.shape, b.y[:5], b.x.sum())
first = next(loader(X, y, 8, shuffle=False))
xb, yb = first
print(xb[0], yb, first[1] is first.y, len(first))
sp = Split(*np.split(X, [60, 80]))
print([a.shape for a in sp], sp.val.mean())
print(sp._replace(test=None).test, Split._make([1, 2, 3]))
print(repr(cfg), cfg == (0.1, 2, 32), hash(cfg) == hash((0.1, 2, 32)))
lr, epochs, bs = cfg
print(lr * epochs, bs, max(Config(0.5, 3, 8), cfg))
