# A small Layer class
import numpy as np

class Dense:
    def __init__(self, n_in, n_out, seed=0):
        rng = np.random.default_rng(seed)
        self.W = rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def __call__(self, x):
        return x @ self.W + self.b

    def __repr__(self):
        return f"Dense({self.W.shape[0]} -> {self.W.shape[1]})"

layers = [Dense(4, 8), Dense(8, 3, seed=1)]
x = np.ones((2, 4))
for layer in layers:
    x = layer(x)
    print(layer, x.shape)
print(np.round(x, 4))
