#!/usr/bin/env python3
# Writes the oracle corpus test/corpus/oracle/*.py: NumPy programs of the kinds people write
# (MLPs, normalisation, image batches, attention, regression, batching loops, classes, helpers),
# each in a clean form and in forms with exactly one real shape bug, plus silent broadcasts.
# Dimensions are drawn from a seeded RNG so the corpus is reproducible. Whether a script is
# buggy, and where, is decided by python3 + NumPy in analysis_oracle.py, not here: this script
# only writes programs. A script's first comment line says which template made it.
# Files named hand_*.py in the corpus are written by hand and left alone.
# Usage: python3 scripts/golden/analysis_make_corpus.py
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'test', 'corpus', 'oracle')


def dims(rng, k, lo=2, hi=40):
    """k distinct sizes (distinct so an accidental broadcast cannot hide a bug)."""
    out = []
    while len(out) < k:
        d = rng.randint(lo, hi)
        if d not in out:
            out.append(d)
    return out


def mlp(rng, bug):
    b, din, h, dout = dims(rng, 4)
    w2 = f'np.random.randn({h}, {dout})' if bug != 'matmul' else f'np.random.randn({dout}, {h})'
    bias = f'np.zeros({h})' if bug != 'broadcast' else f'np.zeros({b})'
    keep = ', keepdims=True' if bug != 'keepdims' else ''
    return f'''import numpy as np

np.random.seed(0)
X = np.random.randn({b}, {din})
W1 = np.random.randn({din}, {h}) * 0.01
b1 = {bias}
W2 = {w2}
H = np.maximum(0, X @ W1 + b1)
logits = H @ W2
shifted = logits - logits.max(axis=1{keep})
probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
pred = probs.argmax(axis=1)
labels = np.random.randint(0, {dout}, size={b})
acc = (pred == labels).mean()
print(probs.shape, acc)
'''


def normalize(rng, bug):
    n, d = dims(rng, 2)
    axis = 0 if bug != 'axis' else 2
    std = 'X.std(axis=0)' if bug != 'broadcast' else 'X.std(axis=1)'
    return f'''import numpy as np

X = np.random.rand({n}, {d}) * 10
mu = X.mean(axis={axis})
sigma = {std}
Z = (X - mu) / sigma
col_max = np.abs(Z).max(axis=0)
print(Z.shape, col_max.shape)
'''


def images(rng, bug):
    n, c, hw = rng.randint(2, 16), rng.choice([1, 3, 4]), rng.choice([8, 16, 28, 32])
    flat = f'imgs.reshape({n}, -1)' if bug != 'reshape' else f'imgs.reshape({n}, {hw * hw})'
    chm = 'imgs.mean(axis=(0, 2, 3))' if bug != 'axis' else 'imgs.mean(axis=(0, 2, 4))'
    if c == 1 and bug == 'reshape':
        flat = f'imgs.reshape({n}, {hw * hw + 1})'
    return f'''import numpy as np

imgs = np.random.rand({n}, {c}, {hw}, {hw})
channel_mean = {chm}
centered = imgs - channel_mean[None, :, None, None]
nhwc = centered.transpose(0, 2, 3, 1)
flat = {flat}
W = np.random.randn(flat.shape[1], 10)
scores = flat @ W
print(nhwc.shape, scores.shape)
'''


def regression(rng, bug):
    d, n = sorted(dims(rng, 2, 3, 50))  # more samples than features: X.T @ X is invertible
    w = f'np.random.randn({d})' if bug != 'matmul' else f'np.random.randn({n})'
    solve = 'np.linalg.solve(X.T @ X, X.T @ y)' if bug != 'linalg' else 'np.linalg.solve(X.T @ X, y)'
    return f'''import numpy as np

rng = np.random.default_rng(1)
X = rng.normal(size=({n}, {d}))
w_true = {w}
y = X @ w_true + 0.1 * rng.standard_normal({n})
w_hat = {solve}
residual = y - X @ w_hat
mse = np.mean(residual ** 2)
print(w_hat.shape, mse)
'''


def features(rng, bug):
    n, a, b = dims(rng, 3)
    other = f'np.ones(({n}, {b}))' if bug != 'concat' else f'np.ones(({n + 1}, {b}))'
    ax = 1 if bug != 'axis' else 2
    return f'''import numpy as np

num = np.random.rand({n}, {a})
cat = {other}
both = np.concatenate([num, cat], axis={ax})
stacked = np.stack([num, num])
cols = np.hstack([num[:, :1], num[:, 1:]])
print(both.shape, stacked.shape, cols.shape)
'''


def batching(rng, bug):
    n, d, k = dims(rng, 3, 4, 60)
    bs = rng.choice([4, 8, 16])
    w = f'np.zeros(({d}, {k}))' if bug != 'matmul' else f'np.zeros(({k}, {d}))'
    return f'''import numpy as np

data = np.random.randn({n}, {d})
W = {w}
outputs = []
bs = {bs}
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
'''


def layer_class(rng, bug):
    n_in, n_out, b = dims(rng, 3)
    init = f'np.random.randn({n_in}, {n_out})' if bug != 'matmul' else f'np.random.randn({n_out}, {n_in})'
    bias = 'np.zeros(n_out)' if bug != 'broadcast' else 'np.zeros(n_in)'
    return f'''import numpy as np

class Dense:
    def __init__(self, n_in, n_out):
        self.W = {init.replace(str(n_in), 'n_in', 1).replace(str(n_out), 'n_out', 1) if False else init}
        self.b = {bias}

    def forward(self, x):
        return x @ self.W + self.b

layer = Dense({n_in}, {n_out})
x = np.random.randn({b}, {n_in})
y = layer.forward(x)
print(y.shape)
'''


def helpers(rng, bug):
    n, d = dims(rng, 2)
    keep = ', keepdims=True' if bug != 'keepdims' else ''
    return f'''import numpy as np

def l2_normalize(v):
    return v / np.linalg.norm(v, axis=1{keep})

def cosine(a, b):
    return l2_normalize(a) @ l2_normalize(b).T

A = np.random.randn({n}, {d})
B = np.random.randn({n + 3}, {d})
S = cosine(A, B)
best = S.argmax(axis=1)
print(S.shape, best.shape)
'''


def onehot(rng, bug):
    n, k = dims(rng, 2)
    idx = f'labels[{n}]' if bug == 'index' else 'labels[0]'
    mask = f'np.zeros({n}, dtype=bool)' if bug != 'mask' else f'np.zeros({n + 2}, dtype=bool)'
    return f'''import numpy as np

labels = np.random.randint(0, {k}, size={n})
one_hot = np.eye({k})[labels]
first = {idx}
counts = one_hot.sum(axis=0)
keep = {mask}
keep[::2] = True
subset = one_hot[keep]
print(one_hot.shape, counts.shape, subset.shape, first)
'''


def attention(rng, bug):
    t, d, dv = dims(rng, 3, 2, 32)
    k = f'np.random.randn({t}, {d})' if bug != 'matmul' else f'np.random.randn({d}, {t})'
    if bug == 'matmul' and t == d:
        k = f'np.random.randn({t}, {d + 1})'
    return f'''import numpy as np

Q = np.random.randn({t}, {d})
K = {k}
V = np.random.randn({t}, {dv})
scores = Q @ K.T / np.sqrt({d})
weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
weights = weights / weights.sum(axis=-1, keepdims=True)
context = weights @ V
print(context.shape)
'''


def rnn(rng, bug):
    h, x, t = dims(rng, 3, 2, 30)
    wx = f'np.random.randn({h}, {x})' if bug != 'matmul' else f'np.random.randn({x}, {h})'
    return f'''import numpy as np

Wx = {wx} * 0.1
Wh = np.random.randn({h}, {h}) * 0.1
hidden = np.zeros({h})
inputs = np.random.randn({t}, {x})
for step in range({t}):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
'''


def splitting(rng, bug):
    n, d = rng.choice([12, 18, 24, 30]), rng.randint(2, 9)
    parts = 3 if bug != 'split' else 5 if n % 5 else 7
    return f'''import numpy as np

data = np.arange({n * d}).reshape({n}, {d})
train, val, test = np.split(data, [{n // 2}, {3 * n // 4}])
folds = np.split(data, {parts})
first = folds[0]
print(train.shape, val.shape, first.shape)
'''


def misc_ops(rng, bug):
    a, b = dims(rng, 2)
    tr = 'x.transpose(1, 0, 2)' if bug != 'transpose' else 'x.transpose(1, 1, 2)'
    sq = 'col.squeeze(axis=1)' if bug != 'squeeze' else 'col.squeeze(axis=0)'
    return f'''import numpy as np

x = np.zeros(({a}, {b}, 2))
y = {tr}
col = np.ones(({a}, 1))
v = {sq}
e = np.expand_dims(v, 0)
print(y.shape, v.shape, e.shape)
'''


def unpacking(rng, bug):
    n, h, w = dims(rng, 3)
    unpack = 'n, h, w = imgs.shape' if bug != 'unpack' else 'n, h = imgs.shape'
    return f'''import numpy as np

imgs = np.random.rand({n}, {h}, {w})
{unpack}
flat = imgs.reshape(n, -1)
proj = np.random.randn(flat.shape[1], 5)
emb = flat @ proj
print(emb.shape)
'''


def inplace(rng, bug):
    n, d = dims(rng, 2)
    upd = 'acc += np.ones(({}, {}))'.format(n, d) if bug != 'inplace' else 'acc += np.ones(({}, {}, 2))'.format(n, d)
    return f'''import numpy as np

acc = np.zeros(({n}, {d}))
for i in range(3):
    {upd}
total = acc.sum()
print(total)
'''


def too_many(rng, bug):
    n = rng.randint(3, 30)
    idx = 'v[:, 0]' if bug == 'indices' else 'v[0]'
    return f'''import numpy as np

v = np.linspace(0, 1, {n})
first = {idx}
diffs = v[1:] - v[:-1]
print(first, diffs.shape)
'''


def silent(rng, _bug):
    n = rng.randint(5, 200)
    return f'''import numpy as np

y_true = np.random.randn({n}, 1)
y_pred = np.random.randn({n})
err = y_true - y_pred  # expect-warning: silent-broadcast
mse = np.mean(err ** 2)
print(err.shape, mse)
'''


def reduction_square(rng, _bug):
    n = rng.randint(3, 20)
    return f'''import numpy as np

X = np.random.randn({n}, {n})
row_mean = X.mean(axis=1)
centered = X - row_mean  # expect-warning: reduction-broadcast
print(centered.shape)
'''


TEMPLATES = [
    (mlp, ['matmul', 'broadcast', 'keepdims']),
    (normalize, ['axis', 'broadcast']),
    (images, ['reshape', 'axis']),
    (regression, ['matmul', 'linalg']),
    (features, ['concat', 'axis']),
    (batching, ['matmul']),
    (layer_class, ['matmul', 'broadcast']),
    (helpers, ['keepdims']),
    (onehot, ['index', 'mask']),
    (attention, ['matmul']),
    (rnn, ['matmul']),
    (splitting, ['split']),
    (misc_ops, ['transpose', 'squeeze']),
    (unpacking, ['unpack']),
    (inplace, ['inplace']),
    (too_many, ['indices']),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    # hand_*.py are written by hand and kept; everything else is regenerated.
    for f in os.listdir(OUT):
        if f.endswith('.py') and not f.startswith('hand_'):
            os.remove(os.path.join(OUT, f))
    rng = random.Random(20260907)
    count = 0

    def write(name, kind, src):
        nonlocal count
        with open(os.path.join(OUT, name), 'w') as fh:
            fh.write(f'# oracle corpus: {kind}\n' + src)
        count += 1

    # Clean programs: five variants of every template.
    for fn, _ in TEMPLATES:
        for v in range(5):
            write(f'{fn.__name__}_clean_{v}.py', f'{fn.__name__}, clean', fn(rng, None))
    # One real bug each: enough variants to make the buggy half.
    for fn, bugs in TEMPLATES:
        for bug in bugs:
            for v in range(3 if len(bugs) > 1 else 4):
                write(f'{fn.__name__}_{bug}_{v}.py', f'{fn.__name__}, bug: {bug}', fn(rng, bug))
    for v in range(6):
        write(f'silent_broadcast_{v}.py', 'silent broadcast', silent(rng, None))
    for v in range(4):
        write(f'reduction_square_{v}.py', 'reduction combined back on a square matrix', reduction_square(rng, None))
    print(f'wrote {count} scripts to {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()
