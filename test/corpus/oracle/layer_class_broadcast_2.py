# oracle corpus: layer_class, bug: broadcast
import numpy as np

class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(10, 3)
        self.b = np.zeros(n_in)

    def forward(self, x):
        return x @ self.W + self.b

layer = Dense(10, 3)
x = np.random.randn(26, 10)
y = layer.forward(x)
print(y.shape)
