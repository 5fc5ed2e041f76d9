# Decorators with arguments, closures with nonlocal, globals, star-args, chained comparisons
import numpy as np

REGISTRY = {}

def register(name, *, kind="layer"):
    def deco(cls):
        REGISTRY[name] = (kind, cls)
        return cls
    return deco

@register("lin")
class Linear:
    def __init__(self, *dims, bias=True, **extra):
        self.W = np.zeros(dims)
        self.bias = np.zeros(dims[-1]) if bias else None
        self.extra = extra

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

STEP = 0
def bump():
    global STEP
    STEP += 1

lin = Linear(3, 4, bias=False, name="fc")
inc = counter(); inc(); inc(5)
bump(); bump()
weights = lin.W
head, *tail = [np.ones(2), np.zeros(3), np.arange(4)]
ok = 0 < weights.shape[0] <= 3 < weights.shape[1] + 1
kind = "wide" if weights.shape[1] > weights.shape[0] else "tall"
stacked = np.concatenate([head, *tail])
assert stacked.shape == (9,), "bad shape"
del tail
print(REGISTRY["lin"][0], lin.bias, lin.extra, inc(0), STEP, ok, kind, stacked.shape, weights.shape, head)
