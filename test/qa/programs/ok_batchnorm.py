# Batch normalisation forward pass
import numpy as np

rng = np.random.default_rng(8)
x = rng.normal(3.0, 2.0, size=(16, 4))
gamma = np.ones(4)
beta = np.zeros(4)
mu = x.mean(axis=0)
var = x.var(axis=0)
x_hat = (x - mu) / np.sqrt(var + 1e-5)
y = gamma * x_hat + beta
print(np.round(mu, 4))
print(np.round(var, 4))
print(np.round(y.mean(axis=0), 8))
print(np.round(y.std(axis=0), 4))
