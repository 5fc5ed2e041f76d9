from dataclasses import dataclass, field
import numpy as np
@dataclass
class Config:
    lr: float
    epochs: int = 10
    layers: list = field(default_factory=list)
    name: str = 'mlp'
c = Config(0.01, layers=[64, 32])
print(c, c.lr, c.epochs, c.layers, c == Config(0.01, 10, [64, 32]), c == Config(0.1))
@dataclass(frozen=True)
class Shape:
    n: int
    c: int
    def numel(self):
        return self.n * self.c
s = Shape(2, 3)
print(s, s.numel())
try:
    Config()
except TypeError as e:
    print(e)
class E(Exception):
    pass
try:
    raise E('boom')
except E as e:
    print(repr(e), e.args)
