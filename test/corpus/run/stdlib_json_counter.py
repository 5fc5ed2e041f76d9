# json.dumps / json.loads as CPython prints them, and collections.Counter's own methods.
import json
from collections import Counter
import numpy as np

data = {"name": "run", "lr": 0.001, "layers": [64, 32], "ok": True, "none": None, 3: "x", "é": "ü\n"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": [1, {"z": 2.5, "c": []}], "e": {}}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2, {"k": "v"}], separators=(",", ":")))
print(json.dumps({"x": 1}, indent=0), json.dumps("a\"b\\c\t"), json.dumps("é", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e20, 1.5e-7, np.float64(0.1)]))
print(json.dumps({"w": np.arange(3).tolist()}), json.dumps((1, 2)))
for bad in (np.arange(2), np.int64(3), {1, 2}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps(np.arange(2), default=lambda a: a.tolist()))
s = json.dumps(data)
back = json.loads(s)
print(back, type(back["lr"]).__name__, type(back["layers"][0]).__name__)
print(json.loads('[1, 2.0, -3e2, "\\u00e9\\n", null, true, false, {"a": {}}, []]'))
print(json.loads(' {"big": 123456789012345678901234567890} '))
for bad in ('', '[1, 2', '{"a" 1}', '[1] x', "{'a': 1}", '[1,]'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, isinstance(e, ValueError))
c = Counter("abracadabra")
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c.total(), sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract("r")
print(c, c.most_common(3))
words = Counter(["cat", "dog", "cat", "eel", "dog", "cat"])
for w, n in words.most_common():
    print(f"{w}: {n}")
