# abstract class instantiated outside try: the TypeError traceback
from abc import ABC, abstractmethod
class Loss(ABC):
    @abstractmethod
    def __call__(self, y, p): ...
    @abstractmethod
    def grad(self, y, p): ...
class MSE(Loss):
    def __call__(self, y, p):
        return ((y - p) ** 2).mean()
loss = MSE()
