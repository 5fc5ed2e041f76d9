# exp overflow in a naive sigmoid, and the numerically stable version
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

x = np.array([-1000.0, -10.0, 0.0, 10.0, 1000.0])
print(sigmoid(x))
big = np.linspace(-800, 800, 4096)
s = sigmoid(big)
print(s[:2], s[-2:], repr(s.sum()))
x32 = np.array([-100.0, 0.0, 100.0], dtype=np.float32)
print(sigmoid(x32), sigmoid(x32).dtype)
def stable_sigmoid(x):
    return np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))
print(stable_sigmoid(x))
print(np.exp(710.0), np.float64(1e308) * 10, np.float32(3e38) * np.float32(10))
