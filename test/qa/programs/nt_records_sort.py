# namedtuples for experiment records: sorting, comprehensions, printing, typing.NamedTuple
from collections import namedtuple
from typing import NamedTuple
import numpy as np

Result = namedtuple("Result", "name acc loss")
runs = [Result("relu", 0.91, np.float64(0.31)), Result("tanh", 0.88, np.float64(0.4)), Result("gelu", 0.93, np.float64(0.27))]
best = max(runs, key=lambda r: r.acc)
print(best)
print(sorted(runs, key=lambda r: r.loss)[0].name)
print({r.name: round(r.acc * 100, 1) for r in runs})
accs = np.array([r.acc for r in runs])
print(accs.mean(), np.array(runs[0][1:]))
class Sample(NamedTuple):
    image: np.ndarray
    label: int = 0
s = Sample(np.zeros((2, 2)))
print(s.label, s.image.shape, s._fields, s)
Point = namedtuple("Point", ["x", "y"])
pts = [Point(i, i * i) for i in range(4)]
arr = np.array(pts)
print(arr, arr.shape)
print(Point(1, 2) + Point(3, 4), Point(1, 2)._replace(x=10))
try:
    Point(1, 2).x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
