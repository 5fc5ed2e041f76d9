# enum members with methods, properties, classmethods and a user __str__; enums in match statements, IntEnum as sizes and indices
from enum import Enum, IntEnum, auto
class Act(Enum):
    RELU = "relu"
    TANH = "tanh"
    def __str__(self): return self.value
    @property
    def upper(self): return self.value.upper()
    @classmethod
    def parse(cls, s): return cls(s.lower())
print(Act.RELU, Act.parse("TANH"), Act.RELU.upper, f"{Act.TANH}", [str(a) for a in Act])
def apply(a):
    match a:
        case Act.RELU: return "r"
        case Act.TANH: return "t"
print(apply(Act.RELU), apply(Act("tanh")))
class Lvl(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Lvl.HIGH > Lvl.LOW, max(Lvl), Lvl(2), Lvl.LOW + 1, Lvl["HIGH"].value, sorted([Lvl.HIGH, Lvl.LOW]))
print(Act.RELU in {Act.RELU: 1}, Act.RELU == "relu", Act.RELU.name.lower(), type(Act.RELU) is Act, isinstance(Act.TANH, Act), len(Act.__members__))
import numpy as np
print(np.zeros(Lvl.HIGH), [0, 1, 2][Lvl.LOW])
