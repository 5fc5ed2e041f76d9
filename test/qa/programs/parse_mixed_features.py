# A file mixing most syntax a tutorial uses: classes, decorators, comprehensions, f-strings,
# lambdas, walrus, try/except/finally, with, match, semicolons, continuations
import functools
import numpy as np
from contextlib import contextmanager

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@contextmanager
def section(name):
    print(f"[{name:>8}]")
    try:
        yield name
    finally:
        print(f"[/{name}]")

class Dense:
    """A dense layer."""
    count: int = 0

    def __init__(self, n_in: int, n_out: int, *, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        self.W = rng.standard_normal((n_in, n_out)) * 0.01
        self.b = np.zeros(n_out)
        Dense.count += 1

    @property
    def shape(self):
        return self.W.shape

    @staticmethod
    def relu(x):
        return np.maximum(x, 0)

    @timed
    def __call__(self, x):
        return self.relu(x @ self.W + self.b)

layer = Dense(4, 3); x = np.ones((5, 4)); out = layer(x)
squares = [i ** 2 for i in range(10) if i % 2 == 0]
table = {k: v for k, v in zip("abc", range(3))}
gen_total = sum(v * 2 for v in table.values())
nested = [[r * c for c in range(3)] for r in range(2)]
scale = lambda a, s=2.0: a * s
scaled = scale(out)
if (n := len(squares)) > 3:
    print(f"{n=} {squares!r} {gen_total:05d} {3.14159:.2f} {'nested ' + str(nested)}")
total = 1 + \
    2 + \
    3
matrix = np.array([[1, 2],
                   [3, 4]])
with section("eval") as s:
    try:
        bad = matrix @ np.ones(3)
    except ValueError as err:
        print(type(err).__name__)
    else:
        print("no error")
def describe(v):
    match v:
        case np.ndarray() if v.ndim == 2:
            return f"matrix {v.shape}"
        case [first, *rest]:
            return f"list starting {first}"
        case {"lr": lr}:
            return f"config lr={lr}"
        case int() | float():
            return "number"
        case _:
            return "other"
for v in (matrix, [1, 2], {"lr": 0.1}, 3, "s"):
    print(describe(v))
print(layer.shape, out.shape, scaled.shape, total, Dense.count, s)
