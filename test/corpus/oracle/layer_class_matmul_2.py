# oracle corpus: layer_class, bug: matmul
import numpy as np

class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(10, 33)
        self.b = np.zeros(n_out)

    def forward(self, x):
        return x @ self.W + self.b

layer = Dense(33, 10)
x = np.random.randn(39, 33)
y = layer.forward(x)
print(y.shape)
