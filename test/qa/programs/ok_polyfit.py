# Polynomial fitting
import numpy as np

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = np.array([1.0, 3.1, 8.9, 19.2, 33.0])
coeffs = np.polyfit(x, y, 2)
print(coeffs.round(4))
print(np.polyval(coeffs, 5.0).round(4))
V = np.vander(x, 3)
print(V)
