# match on array attributes, dataclasses holding arrays, lru_cache decorator
from dataclasses import dataclass, field
import functools
import numpy as np

@dataclass
class Batch:
    x: np.ndarray
    y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    meta: dict = field(default_factory=dict)

def clip01(v):
    return np.clip(v, 0.0, 1.0)

@functools.lru_cache(maxsize=None)
def eye(n):
    return np.eye(n)

def kind(a):
    match a:
        case np.ndarray(ndim=1, size=0):
            return "empty vector"
        case np.ndarray(ndim=2, shape=(n, m)) if n == m:
            return f"square {n}"
        case np.ndarray(shape=(n, m)):
            return f"matrix {n}x{m}"
        case Batch(x=np.ndarray(shape=(b, _))):
            return f"batch of {b}"
        case (np.ndarray() as p, np.ndarray() as q) if p.shape == q.shape:
            return "pair"
        case _:
            return "other"

b = Batch(np.ones((4, 3)))
print(kind(np.zeros(0)), kind(eye(3)), kind(np.ones((2, 5))), kind(b), kind((np.ones(2), np.zeros(2))), kind(7))
print(clip01(np.array([-0.5, 0.3, 2.0])), eye(3) is eye(3), b.y.shape, b.meta, Batch(np.ones(1)) == Batch(np.ones(1)) if False else "skip")
stacked = np.stack([b.x, b.x])
print(stacked.shape, eye.cache_info().hits)
