# Numerical gradient check
import numpy as np

def f(w):
    return np.sum(w ** 3) + np.sum(w)

def grad(w):
    return 3 * w ** 2 + 1

w = np.array([0.5, -1.0, 2.0])
h = 1e-5
num = np.zeros_like(w)
for i in range(len(w)):
    e = np.zeros_like(w)
    e[i] = h
    num[i] = (f(w + e) - f(w - e)) / (2 * h)
print(num.round(6))
print(grad(w))
rel = np.abs(num - grad(w)).max() / np.abs(grad(w)).max()
print("relative error small:", rel < 1e-7)
