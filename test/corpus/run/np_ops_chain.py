import numpy as np
x = np.arange(1, 7).reshape(2, 3).astype(float)
y = (x - x.min()) / (x.max() - x.min())
z = np.exp(-y) * np.sin(x) + np.log1p(x) / np.sqrt(x)
print(z.round(6), z.sum().round(8), (z > 0.5).sum())
