# dataclasses as training configs: defaults, field(default_factory), __post_init__, asdict/astuple,
# replace, fields, frozen instances, order=True comparisons, repr/eq, nested dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
import copy

@dataclass
class Optim:
    name: str = "sgd"
    lr: float = 0.1

@dataclass
class Config:
    layers: list = field(default_factory=lambda: [64, 32])
    optim: Optim = field(default_factory=Optim)
    epochs: int = 3
    seed: int = field(default=0, repr=False)
    def __post_init__(self):
        self.n_layers = len(self.layers)

c = Config(epochs=5)
print(c, c.n_layers)
print(asdict(c))
print(astuple(c))
c2 = replace(c, epochs=7)
print(c2.epochs, c2.layers is c.layers, c == copy.deepcopy(c), c == c2)
print([f.name for f in fields(c)], is_dataclass(c), is_dataclass(Config), is_dataclass(3))

@dataclass(frozen=True)
class Shape:
    n: int
    d: int = 1
s = Shape(4)
try:
    s.n = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(s, hash(s) == hash(Shape(4, 1)), {s: "x"}[Shape(4)])

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
try:
    Config(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
