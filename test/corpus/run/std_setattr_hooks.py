# A class's own __setattr__ (validation, logging, freezing) and object.__setattr__ / super().__setattr__
class Validated:
    def __init__(self, lr):
        self.lr = lr
    def __setattr__(self, name, value):
        if name == "lr" and value <= 0:
            raise ValueError(f"lr must be positive, got {value}")
        print("set", name, value)
        super().__setattr__(name, value)

v = Validated(0.1)
v.lr = 0.05
print(v.lr)
try:
    v.lr = -1
except ValueError as e:
    print(e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)

class WithProp:
    def __init__(self):
        self._w = 0
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        self._w = value * 2
p = WithProp(); p.w = 5; print(p.w)
object.__setattr__(p, "w", 7); print(p.w)
