import numpy as np
g = np.array([0.5, -3.0, 10.0, -0.1])
print(np.clip(g, -1, 1), g.clip(-2, 2))
norm = np.sqrt((g ** 2).sum())
max_norm = 5.0
scaled = g * (max_norm / norm) if norm > max_norm else g
print(round(float(norm), 6), scaled.round(4))
