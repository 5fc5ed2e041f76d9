# Warnings inside training-loop helpers: one message per (text, line) however often it fires
import numpy as np

def bce(p, y):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

def normalize(v):
    return v / np.linalg.norm(v)

y = np.array([1.0, 0.0, 1.0])
for step in range(5):
    p = np.array([1.0, 0.0, 0.5]) if step % 2 == 0 else np.array([0.9, 0.1, 0.5])
    print(step, bce(p, y))
for v in (np.zeros(3), np.ones(3), np.zeros(3)):
    print(normalize(v))
xs = [np.exp(np.float64(k)) for k in (1.0, 800.0, 900.0)]
print(xs)
grid = np.array([[0.0, 1.0], [2.0, 0.0]])
print([np.log(row) for row in grid])
print(np.float32(1e30) * np.float32(1e10), np.int64(2**62) * np.int64(4))
print(np.array([1e308]) + np.array([1e308]), np.array([np.inf]) - np.array([np.inf]))
