# Plain-ASCII file (fast tokenizer path) with tokenizer/parser edge cases around NumPy code
import numpy as np
from functools import reduce

arr = np.arange(24.0).reshape(2, 3, 4)
last = arr[..., -1]          # ellipsis
col = arr[:, None, 0]        # newaxis
nums = [1_000.5e-3, 0xFF_FF, .5, 5., 1e1, 0o7, 0b11, 3j.imag]
s = "# not a comment"; t = 'a\'b' ; u = u"unicode prefix"; r = Rb"raw bytes".decode() if False else "x"
w = 6
print(f"{arr.sum():{w}.1f}|{arr.shape!r}|{{braces}}|{s}|{t}|{u}|{r}")
M = np.eye(3)
M @= np.full((3, 3), 2.0)
if M.sum() > 0:pass
class Base: pass
class Net(Base, metaclass=type):
    scale = 2
    def __call__(self, x, *args, k=1, **kw): return x * self.scale
def gen(n):
    got = yield n
    yield from range(n)
g = list(gen(3))
def outer():
    total = np.zeros(3)
    def inner(v):
        nonlocal total
        total = total + v
# a comment at column 0 inside a function body
        return total
    inner(np.ones(3)); return inner(np.ones(3))
acc = outer()
key = sorted([(1, 'b'), (2, 'a'), (1, 'a')], key=lambda t: (-t[0], t[1]))
prod = reduce(lambda a, b: a * b, [np.ones(2), np.full(2, 3.0)])
data = np.array([  # rows with comments between
    [1.0, 2.0],  # first
    # a full comment line inside brackets
    [3.0, 4.0],
])
lst = [1, 2, 3]; del lst[0]
assert data.shape == (2, 2), "shape"
out = Net()(data, 1, 2, k=3, extra=4)
print(*[last.shape, col.shape], sep=" | ", end="\n")
print(nums, M[0], g, acc, key, prod, out, lst)
	
print("form feed and whitespace-only lines above")
final = np.concatenate([data.ravel(), prod])
print(final.shape)
