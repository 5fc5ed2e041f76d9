# collections: OrderedDict (repr, move_to_end, popitem(last=False)), Counter arithmetic, ChainMap,
# collections.abc isinstance checks by protocol, a Sequence subclass
import collections
import collections.abc
from collections import OrderedDict, Counter, ChainMap
from collections.abc import Iterable, Mapping, Sequence, Callable
o = OrderedDict(a=1, b=2); o["c"] = 3
o.move_to_end("a"); print(o); o.move_to_end("c", last=False); print(o)
print(o.popitem(last=False), o.popitem(), o, OrderedDict(), isinstance(o, dict), OrderedDict([("x", 1)]) == {"x": 1})
c = Counter("abracadabra")
print(c + Counter("ab"), c - Counter("aaa"), c & Counter("ab"), c | Counter("zz"))
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter({"x": -1}) + Counter(), Counter("aab") == Counter({"a": 2, "b": 1}))
cm = ChainMap({"lr": 0.1}, {"lr": 0.5, "epochs": 3})
print(cm["lr"], cm["epochs"], "epochs" in cm, len(cm), sorted(cm), cm.get("x", "-"))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance((1,), Sequence), isinstance("s", Sequence), isinstance({1}, Sequence))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable), isinstance(iter([]), collections.abc.Iterator), isinstance(range(3), collections.abc.Sized))
class Batches(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
b = Batches(3)
print(isinstance(b, Sequence), isinstance(b, Iterable), len(b), list(b), b[1])
