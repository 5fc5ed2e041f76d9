# pprint: CPython's line breaking of nested dicts/lists/tuples/sets/strings, width/indent/depth/compact/sort_dicts
from pprint import pprint, pformat
import pprint as pp
import numpy as np
pprint({"W": np.ones(2).tolist(), "lr": 0.1, "layers": list(range(12))}, width=40)
cfg = {"model": {"layers": [784, 256, 128, 10], "activation": "relu", "dropout": 0.25, "init": {"kind": "he", "gain": 1.4142135623730951}},
       "optim": {"name": "adam", "lr": 0.001, "betas": (0.9, 0.999), "eps": 1e-08}, "data": {"batch": 64, "shuffle": True, "classes": ["cat", "dog", "bird"]}}
pprint(cfg)
pprint(cfg, width=60, indent=2)
pprint(cfg, depth=2)
pprint(cfg, sort_dicts=False, width=50)
pprint(list(range(40)), compact=True)
pprint(list(range(40)))
pprint([("a", 1), ("b", 2)] * 8)
pprint({3, 1, 2}); pprint(set(range(30)))
print(pformat("word " * 30))
pprint(["x" * 30, "y " * 50])
p = pp.PrettyPrinter(width=20); p.pprint({"alpha": [1, 2, 3], "beta": "x"}); print(p.pformat((1,)))
pprint({"arr": np.arange(3)})
pprint({(1, 2): "t", (0, 5): "u"}, width=10)
pp.pp({"b": 1, "a": [1] * 30})
pprint(12345678, underscore_numbers=True)
pprint({1: "a", "b": 2})
pprint(frozenset(range(25)))
l = [1, 2]; l.append(l); print(pp.isrecursive(l), pp.isreadable(l))
