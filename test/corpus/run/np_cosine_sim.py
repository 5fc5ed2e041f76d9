import numpy as np
E = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0]])
norms = np.sqrt((E ** 2).sum(axis=1, keepdims=True))
En = E / norms
S = En @ En.T
print(S.round(4))
print(S.argsort(axis=1)[:, ::-1][:, 1])
