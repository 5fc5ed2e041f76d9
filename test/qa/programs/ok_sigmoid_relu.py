# Activation functions and their derivatives
import numpy as np

z = np.linspace(-3, 3, 7)
sig = 1 / (1 + np.exp(-z))
print(np.round(sig, 4))
print(np.round(sig * (1 - sig), 4))
relu = np.maximum(0, z)
print(relu, (z > 0).astype(float))
leaky = np.where(z > 0, z, 0.01 * z)
print(leaky)
print(np.tanh(z).round(3))
gelu = 0.5 * z * (1 + np.tanh(np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3)))
print(gelu.round(4))
