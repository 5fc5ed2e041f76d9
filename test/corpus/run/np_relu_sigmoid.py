import numpy as np
z = np.linspace(-3, 3, 7)
relu = np.maximum(0, z)
sig = 1 / (1 + np.exp(-z))
print(z, relu, sig.round(4), np.tanh(z).round(3), (sig * (1 - sig)).max(), np.where(z > 0, 1.0, 0.0))
leaky = np.where(z > 0, z, 0.01 * z)
print(leaky)
