# typing.NamedTuple class syntax: annotated fields, defaults, methods, and the functional form
from typing import NamedTuple, List
import numpy as np

class Batch(NamedTuple):
    x: int
    y: float = 0.5
    tags: List[str] = []
    def total(self):
        return self.x + self.y
    @property
    def double(self):
        return 2 * self.x

b = Batch(3)
print(b, b.total(), b.double, b._fields, Batch(1, 2.0) == (1, 2.0, []), b._asdict())
print(Batch._field_defaults, Batch(x=7, tags=["a"]), b._replace(y=1.5), len(b), b[0])
class Shape(NamedTuple):
    rows: int
    cols: int
    def __repr__(self):
        return f"{self.rows}x{self.cols}"
    def size(self):
        return self.rows * self.cols
s = Shape(2, 3)
print(s, repr(s), str(s), s.size(), np.zeros(s).shape, np.ones(tuple(s)).sum())
rows, cols = s
print(rows, cols, [s, Shape(1, 1)])
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("Guido", 3)
print(e, e.name, e.id, Employee._fields)
try:
    Batch()
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)
