import numpy as np
def f(w):
    return (w ** 2).sum() + 3 * w[0]
w = np.array([1.0, -2.0, 0.5])
grad = 2 * w + np.array([3.0, 0.0, 0.0])
eps = 1e-6
num = np.zeros_like(w)
for i in range(w.size):
    e = np.zeros_like(w)
    e[i] = eps
    num[i] = (f(w + e) - f(w - e)) / (2 * eps)
print(grad, np.round(num, 4), np.allclose(grad, num, atol=1e-4))
