# NumPy's floating-point RuntimeWarnings from ufuncs: divide by zero, overflow, invalid value
import numpy as np

print(np.log(np.array([0.0, 1.0])))
print(np.log2(np.array([0.0])), np.log10(np.array([0.0, -1.0])))
x = np.array([1.0, 0.0, -1.0])
print(x / 0)
print(np.array([1, 0]) / np.array([0, 0]))
print(np.array([1, 2, 3]) // 0, np.array([1, 2, 3]) % 0)
print(np.array([1.0, 0.0]) // 0, np.array([1.0, 0.0]) % 0)
print(np.array([np.inf]) - np.inf, np.array([np.inf]) * 0)
print(np.exp(np.array([1.0, 1000.0])))
print(np.sqrt(np.array([-1.0, 4.0])), np.arcsin(np.array([2.0])), np.arctanh(np.array([1.0, 0.5])))
print(np.array([0.0]) ** -1, np.power(np.array([10.0]), 400), np.reciprocal(np.array([0.0, 2.0])))
print(np.array([1e308]) * 10, np.array([1e308]) + np.array([1e308]))
print(np.array([np.nan, 1.0]) + 1, np.sqrt(np.array([np.nan])), np.array([np.inf]) + 1)
print(np.log1p(np.array([-1.0, -2.0])), np.sin(np.array([np.inf])))
print(np.float64(1) / 0, np.float64(0.0) / 0.0, np.float64(1e308) * 10)
print(np.add(np.float64(1e308), np.float64(1e308)), np.log(np.float64(0)))
print(np.int64(2**62) * 4, np.int8(100) + np.int8(100), np.int32(7) // 0)
print(np.array([1e300]).astype(np.float32), np.array([np.nan, 1.0]).astype(int))
print(np.float32(1e40), np.array([1e300, 1.0], dtype=np.float32))
print(np.array([3e9]).astype(np.int32), np.array([300.0]).astype(np.int8))
for i in range(3):
    y = np.log(np.array([0.0, float(i)]))
def loss(p):
    return -np.log(p).mean()
for p in [np.array([0.5, 0.0]), np.array([0.0, 1.0]), np.array([-1.0, 1.0])]:
    print(loss(p))
z = np.array([1.0, 2.0])
z /= 0
print(z)
w = np.array([0.0, 3.0])
np.log(w, out=w)
print(w)
v = np.array([np.inf, 1.0])
v -= np.inf
print(v)
print(np.maximum(np.array([np.nan, 1.0]), 0), np.array([np.nan]) < 1, np.isnan(np.array([np.nan])))
print(np.where(np.array([0.0, 2.0]) > 0, 1.0 / np.array([1.0, 2.0]), 0.0))
