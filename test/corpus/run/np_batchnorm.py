import numpy as np
x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
gamma = np.ones(3)
beta = np.zeros(3)
mu = x.mean(axis=0)
var = x.var(axis=0)
xhat = (x - mu) / np.sqrt(var + 1e-5)
out = gamma * xhat + beta
print(out.round(5), out.mean(axis=0).round(6), out.var(axis=0).round(4))
