# A file starting with a UTF-8 BOM (Notepad on Windows)
import numpy as np

x = np.linspace(0, 1, 5)
y = x ** 2
print(y, y.shape)
z = np.stack([x, y], axis=1)
print(z.shape)
