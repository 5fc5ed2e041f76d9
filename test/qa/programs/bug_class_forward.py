# Bug inside a method: layer built with n_in swapped
import numpy as np

class Linear:
    def __init__(self, n_in, n_out):
        self.W = np.zeros((n_out, n_in))
        self.b = np.zeros(n_out)

    def forward(self, x):
        return x @ self.W + self.b

layer = Linear(3, 2)
x = np.ones((5, 3))
print(layer.W.shape)
y = layer.forward(x)
print(y.shape)
