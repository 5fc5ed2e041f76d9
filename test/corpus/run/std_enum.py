# enum: Enum/IntEnum/StrEnum members, lookups and errors, auto, aliases, functional API, unique
import enum
from enum import Enum, IntEnum, auto
class C(enum.Enum):
    A=1
    B=2
try:
    class D(C): pass
except TypeError as e: print(e)
print(C.A, repr(C.B), C(2), C['A'], list(C), len(C), C.A in C, C, type(C.A), C.A.name, C.A.value, C.A == C.A, C.A != C.B, C.A is C(1))
try: C(5)
except ValueError as e: print(e)
try: C['Q']
except KeyError as e: print(repr(e))
print(C.__members__, {C.A: 1}, f"{C.A}", f"{C.B:>6}|", str(C.A), [m.name for m in C])
class E(enum.IntEnum):
    A=1
    B=2
print([10,20,30][E.B], E.A < E.B, E.A + E.B, E.A * 2.0, {1:'x'}[E.A], int(E.B), float(E.A), f'{E.A:>4}|', E.A == 1, E.A | 2, E.B, repr(E.B), 1 + E.A, sorted([E.B, E.A]))
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', f'{S.Y}')
class P(enum.Enum):
    EARTH = (1.0, 2.0)
    def __init__(self, m, r): self.m = m; self.r = r
    @property
    def g(self): return self.m * self.r
    def describe(self): return f"{self.name} {self.g}"
print(P.EARTH.g, P.EARTH.value, P((1.0, 2.0)), P.EARTH.describe())
class Q(enum.Enum):
    A = 'a'
    B = 'a'
print(list(Q), Q.B, Q('a'))
print(enum.Enum('Color', 'RED GREEN'), list(enum.Enum('Color', 'RED GREEN')), list(enum.Enum('Color', ['R', 'G'])))
class Au(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(Au))
try:
    @enum.unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
