# Xavier and He initialisation
import numpy as np

np.random.seed(4)
fan_in, fan_out = 256, 128
xavier = np.random.randn(fan_in, fan_out) * np.sqrt(1.0 / fan_in)
he = np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / fan_in)
print(xavier.shape, round(xavier.std(), 4), round(he.std(), 4))
limit = np.sqrt(6 / (fan_in + fan_out))
glorot = np.random.uniform(-limit, limit, (fan_in, fan_out))
print(round(float(glorot.min()), 4), round(float(glorot.max()), 4))
print(xavier[:2, :3])
