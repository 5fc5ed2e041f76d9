# abc: an optimizer base class with abstract methods and abstract classmethods, partial implementations, __abstractmethods__
from abc import ABC, abstractmethod
import numpy as np
class Optimizer(ABC):
    def __init__(self, lr): self.lr = lr
    @abstractmethod
    def step(self, params, grads): ...
    @classmethod
    @abstractmethod
    def name(cls): ...
    def __repr__(self): return f"{type(self).__name__}(lr={self.lr})"
class SGD(Optimizer):
    def step(self, params, grads):
        for p, g in zip(params, grads): p -= self.lr * g
    @classmethod
    def name(cls): return "sgd"
opt = SGD(0.1); ps = [np.ones(2)]; opt.step(ps, [np.ones(2)])
print(opt, SGD.name(), ps[0], isinstance(opt, Optimizer), issubclass(SGD, Optimizer))
try: Optimizer(0.1)
except TypeError as e: print(e)
class Half(Optimizer):
    def step(self, p, g): pass
try: Half(1)
except TypeError as e: print(e)
print(sorted(Optimizer.__abstractmethods__), sorted(SGD.__abstractmethods__), sorted(Half.__abstractmethods__))
