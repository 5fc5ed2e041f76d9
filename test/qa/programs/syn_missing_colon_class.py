# Syntax error deep in a file: missing colon after a method def inside a class
import numpy as np

class Layer:
    def __init__(self, n):
        self.w = np.zeros(n)

    def forward(self, x)
        return x @ self.w

print(Layer(3).forward(np.ones(3)))
