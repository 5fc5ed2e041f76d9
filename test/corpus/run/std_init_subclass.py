# __init_subclass__ registries ("build your own NN library"): subclasses register themselves, class keywords
import numpy as np
class Layer:
    registry = {}
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Layer.registry[kind or cls.__name__.lower()] = cls
class ReLU(Layer):
    def __call__(self, x): return np.maximum(x, 0)
class Linear(Layer, kind="dense"):
    def __init__(self, n=2): self.w = np.eye(n)
    def __call__(self, x): return x @ self.w
class Leaky(ReLU):
    pass
print(sorted(Layer.registry), Layer.registry["dense"]().w.shape, Layer.registry["relu"]()(np.array([-1.0, 2.0])))
class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base, tag=1):
    pass
