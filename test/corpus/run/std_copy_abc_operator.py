# copy.copy/deepcopy (memo, hooks, arrays, dict subclasses), abc abstract classes, operator functions and getters
import copy, operator
from abc import ABC, ABCMeta, abstractmethod
import numpy as np
a = [1, [2, 3], {"k": [4]}]
b = copy.deepcopy(a); c = copy.copy(a)
b[1].append(9); c[1].append(8)
print(a, b, c, c[2] is a[2], b[2] is a[2])
x = [1]; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1])
t = (1, 2, "s"); print(copy.deepcopy(t) is t)
class P:
    def __init__(self): self.w = np.zeros(2); self.l = [1]
p = P(); q = copy.deepcopy(p); q.w += 1; q.l.append(2); print(p.w, p.l, q.w, q.l, type(q).__name__)
class H:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo):
        print("deep hook", type(memo).__name__)
        return H(copy.deepcopy(self.v, memo))
    def __copy__(self):
        print("copy hook"); return H(self.v)
h = H([1]); h2 = copy.deepcopy(h); h3 = copy.copy(h); print(h2.v is h.v, h3.v is h.v)
from collections import defaultdict, Counter
d = defaultdict(list); d["a"].append(1); d2 = copy.deepcopy(d); d2["b"].append(2); print(d, d2)
print(copy.copy(Counter("aab")))
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def size(self): ...
class Half(Base):
    def f(self): return 1
class Full(Half):
    @property
    def size(self): return 3
for C in (Base, Half, Full):
    try: print(C().size)
    except TypeError as e: print(e)
class M(metaclass=ABCMeta):
    @abstractmethod
    def g(self): pass
try: M()
except TypeError as e: print(e)
print(isinstance(Full(), Base))
print(sorted([(1, "b"), (0, "a"), (1, "a")], key=operator.itemgetter(0, 1)), operator.itemgetter(1), operator.mul(3, 4))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("ab"), operator.truediv(1, 4), operator.neg(np.ones(2)))
import functools
print(functools.reduce(operator.mul, (2, 3, 4)), operator.add([1], [2]), operator.not_(0), operator.getitem({"a": 1}, "a"))
print(operator.matmul(np.eye(2), np.ones(2)), operator.abs(-3), operator.methodcaller("split", ",", maxsplit=1))
