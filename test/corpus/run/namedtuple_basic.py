# collections.namedtuple: construction, fields, indexing, unpacking, repr, _replace/_asdict/_make
from collections import namedtuple
import numpy as np

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p[-1], len(p), p == (1, 2), isinstance(p, tuple), type(p).__name__)
x, y = p
print(x, y, p._replace(x=10), p._asdict(), Point._fields, Point._make([3, 4]))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3._fields, P3(1, 2, 3)[1:], repr(P3(1, b=5)), P3._field_defaults)
Pair = namedtuple("Pair", "left, right")
print(Pair("l", "r"), Pair(left=[1], right={"k": 2}))
for make in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p.z, lambda: Point(1, x=2),
             lambda: p._replace(z=3), lambda: Point._make([1]), lambda: P3(), lambda: namedtuple("Bad", "x x"),
             lambda: namedtuple("Bad", "x _y"), lambda: namedtuple("Bad", "x class")]:
    try:
        make()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1)), hash(Point(1, 2)) == hash((1, 2)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d[(0, 0)], str(p), f"{p}", f"{p!r:>20}")
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(p.count(1), p.index(2), p + (3,), p * 2, (0,) + p, list(p), tuple(p), [*p])
points = [Point(i, i * i) for i in range(4)]
for i, (px, py) in enumerate(points):
    print(i, px, py)
xs, ys = zip(*points)
print(xs, ys, sum(pt.y for pt in points))
arr = np.array(points)
print(arr.shape, arr.sum(axis=0), np.array(Point(1.5, 2.5)))
class Vec(namedtuple("Vec", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), type(v + v).__name__, isinstance(v, tuple))
Result = namedtuple("Result", ["loss", "acc"])
def evaluate():
    return Result(loss=0.25, acc=0.875)
loss, acc = evaluate()
r = evaluate()
print(f"loss={r.loss:.3f} acc={r.acc:.1%}", loss, acc, r)
