# Complex numbers and FFT-free math
import numpy as np

z = np.array([1 + 1j, 2 - 3j, -1j])
print(z.real, z.imag, np.abs(z).round(4))
print(np.conj(z), np.angle(z).round(4))
print(z * z, z.dtype)
print(np.exp(1j * np.pi).round(10))
roots = np.exp(2j * np.pi * np.arange(4) / 4)
print(roots.round(6))
