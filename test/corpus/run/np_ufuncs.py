import numpy as np
x = np.array([0.0, 0.5, 1.0, 2.0])
print(np.exp(x), np.log(x + 1), np.sqrt(x), np.sin(x), np.cos(x), np.tanh(x), np.square(x), np.log1p(x), np.expm1(x))
print(np.maximum(x, 0.7), np.minimum(x, 0.7), np.clip(x, 0.2, 1.5), np.floor(x * 1.5), np.ceil(x * 1.5), np.round(x * 1.55, 1), np.sign(x - 1))
