# Standard-library helpers around NumPy: dataclasses, collections, itertools, random, json, formatting
import numpy as np
from dataclasses import dataclass
import math, random, time
from collections import defaultdict, Counter
import itertools, functools
@dataclass
class Cfg:
    lr: float = 0.1
    epochs: int = 3
print(Cfg(), Cfg(lr=0.01))
c = Counter("abracadabra")
print(c.most_common(2))
d = defaultdict(list)
d["a"].append(np.int64(1))
print(dict(d))
print(list(itertools.product([1, 2], "ab"))[:3])
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
random.seed(0)
print(random.random(), random.randint(1, 10), random.choice("xyz"))
print(math.isclose(0.1 + 0.2, 0.3), math.log(np.e))
x = np.arange(6).reshape(2, 3)
for i, (a, b) in enumerate(zip(x[0], x[1])):
    print(i, a, b, end="; ")
print()
print(*x)
print(sorted(x.ravel(), reverse=True))
print(max(x.ravel()), min(x[1]), sum(x[0]))
print(list(map(int, x[0])), [f"{v:.1f}" for v in x[1] / 3])
print(isinstance(x, np.ndarray), type(x), type(x[0, 0]))
print(x.tolist(), str(x.dtype), x.itemsize, x.nbytes)
import json
print(json.dumps({"w": x.tolist()}))
print(np.array2string if False else "ok")
s = "%-6s|%6.2f|%+d" % ("ab", 3.14159, 5)
print(s)
print("{0} {1:>5} {name}".format(1, "x", name="n"))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, lst[::-1], lst * 2)
t = time.time()
print(type(t).__name__)
print(f"{'centered':^12}|")
print(divmod(7, 2), 7 // -2, -7 % 3, 2 ** -1, abs(-3.5))
print(int("42") + float("1.5"), bool(""), None is None)
