import numpy as np
np.random.seed(10)
fan_in, fan_out = 4, 3
limit = np.sqrt(6 / (fan_in + fan_out))
W = np.random.uniform(-limit, limit, size=(fan_in, fan_out))
He = np.random.randn(fan_in, fan_out) * np.sqrt(2 / fan_in)
print(round(float(limit), 6), W.round(4), He.round(4), W.shape)
