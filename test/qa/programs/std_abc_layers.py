# "Build your own NN library" style: abstract Layer base class with abc
from abc import ABC, abstractmethod
import numpy as np

class Layer(ABC):
    @abstractmethod
    def forward(self, x):
        ...

class ReLU(Layer):
    def forward(self, x):
        return np.maximum(x, 0)

print(ReLU().forward(np.array([-1.0, 2.0])))
try:
    Layer()
except TypeError as e:
    print("TypeError:", e)
