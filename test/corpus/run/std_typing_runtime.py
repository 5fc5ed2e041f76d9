# typing at run time: reprs of special forms, TypeVar, Generic / Protocol bases, TypedDict, NewType, helpers
from typing import Any, Callable, Dict, Generic, List, Optional, Protocol, Tuple, TypedDict, TypeVar, Union, NewType, cast, get_type_hints, overload
import numpy as np
T = TypeVar("T")
Tco = TypeVar("Tco", covariant=True)
print(T, Tco, Optional[int], Dict[str, List[float]], Union[int, str], Optional[Union[int, str]], Union[int, None], Tuple[int, ...], Callable[[int], str], List[np.ndarray], Any)
class Loader(Generic[T]):
    def __init__(self, items: List[T]): self.items = items
    def first(self) -> T: return self.items[0]
print(Loader[int]([3, 4]).first(), Loader(["a"]).first())
class Layer(Protocol):
    def forward(self, x: np.ndarray) -> np.ndarray: ...
class Dense:
    def forward(self, x): return x * 2
def run(layer: Layer, x): return layer.forward(x)
print(run(Dense(), np.ones(2)))
try:
    Layer()
except TypeError as e:
    print(e)
class Config(TypedDict):
    lr: float
    epochs: int
cfg = Config(lr=0.1, epochs=3)
print(cfg, type(cfg).__name__, get_type_hints(Config))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2))
UserId = NewType("UserId", int)
print(UserId(7) + 1, cast(float, 3))
