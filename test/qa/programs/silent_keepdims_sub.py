# Silent broadcast: keepdims=True on the wrong axis
import numpy as np

x = np.arange(12.0).reshape(4, 3)
col_mean = x.mean(axis=1, keepdims=True).T
centered = x[:, :1] - col_mean
print(centered.shape)
print(centered)
