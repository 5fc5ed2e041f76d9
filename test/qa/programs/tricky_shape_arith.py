# Shapes computed from other shapes
import numpy as np

X = np.zeros((12, 8))
n, d = X.shape
half = n // 2
A = X[:half]
B = X[half:]
C = X.reshape(n // 4, 4, d)
D = np.random.randn(*X.shape)
E = np.empty((len(X), d * 2))
F = np.concatenate([A, B], axis=1)
print(A.shape, B.shape, C.shape, D.shape, E.shape, F.shape)
G = F.reshape(-1)
H = G.reshape(6, -1, 4)
print(G.shape, H.shape)
