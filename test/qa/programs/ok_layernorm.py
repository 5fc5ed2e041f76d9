# Layer normalisation over the last axis
import numpy as np

x = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
mean = x.mean(axis=-1, keepdims=True)
var = x.var(axis=-1, keepdims=True)
ln = (x - mean) / np.sqrt(var + 1e-5)
print(ln.dtype, ln.shape)
print(ln[0])
print(mean.shape, var.squeeze(-1))
