# A vanilla RNN unrolled over time
import numpy as np

rng = np.random.default_rng(21)
T, B, D, H = 5, 2, 3, 4
xs = rng.normal(size=(T, B, D))
Wx = rng.normal(size=(D, H)) * 0.1
Wh = rng.normal(size=(H, H)) * 0.1
b = np.zeros(H)
h = np.zeros((B, H))
states = []
for t in range(T):
    h = np.tanh(xs[t] @ Wx + h @ Wh + b)
    states.append(h)
hs = np.stack(states, axis=1)
print(hs.shape)
print(hs[:, -1].round(4))
