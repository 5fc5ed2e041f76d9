# collections.deque as a moving window of losses, functools.cmp_to_key/cached_property/total_ordering/
# singledispatch/wraps, the lazy itertools (pairwise, compress, takewhile, dropwhile, starmap, cycle, tee),
# random.Random instances and getstate/setstate, math.ulp/nextafter/remainder/frexp/ldexp
import collections, functools, itertools as it, math, random
from collections import deque
window = deque(maxlen=3)
for step, loss in enumerate([0.9, 0.7, 0.65, 0.6, 0.61]):
    window.append(loss)
    print(step, window, round(sum(window) / len(window), 4))
d = deque([1, 2, 3]); d.appendleft(0); d.rotate(2); print(d, d.popleft(), d.pop(), d, 2 in d, d[0], d[-1], len(d), d.index(3), d.count(1))
d.extend([7, 8]); d.extendleft([9]); d.insert(1, 5); d.remove(7); print(d, deque("abc", 2), deque(), list(reversed(deque([1, 2]))), d == deque(d), d.maxlen)
try: deque().pop()
except IndexError as e: print(e)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
class Data:
    @functools.cached_property
    def stats(self):
        print("computing"); return (1, 2)
x = Data(); print(x.stats, x.stats)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(2) > V(2), V(2) <= V(2))
@functools.singledispatch
def describe(x): return "object"
@describe.register
def _(x: int): return "int"
@describe.register(list)
def _(x): return "list"
print(describe(1), describe("a"), describe([1]), describe(True))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def forward(x): return x * 2
print(forward.__name__, forward(3))
print(list(it.pairwise("abcd")), list(it.compress("abc", [1, 0, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.islice(it.cycle("ab"), 5)), [list(t) for t in it.tee([1, 2, 3])], list(it.filterfalse(None, [0, 1, 0, 2])))
r = random.Random(42); print(r.random(), r.randint(1, 6), r.choice("xyz"))
random.seed(1); st = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(st); print(a == [random.random() for _ in range(3)])
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.paretovariate(2), random.weibullvariate(1, 2))
print(math.ulp(1.0), math.nextafter(1.0, 0.0), math.remainder(5, 3), math.remainder(-7, 2), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1.0, -1074))
