# a[mask] = values with a full-shape boolean mask: NumPy's count and dimension checks
import numpy as np

x = np.array([1.0, -2.0, 3.0, -4.0])
neg = x < 0
x[neg] = np.array([10.0, 20.0])
x[x > 5] = 0
x[neg] = [7.0]
print(x)
g = np.zeros((2, 3))
m = np.array([[True, False, True], [False, True, False]])
g[m] = [1, 2, 3]
print(g)
def assign(a, mask, values):
    try:
        a[mask] = values
        print("ok")
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
assign(x, neg, np.array([0.0, 0.0, 0.0]))
assign(x, neg, [1, 2, 3, 4])
assign(g, m, np.ones((1, 3)))
assign(g, g == 0, np.ones((3, 1)))
assign(g, m, np.ones(2))
assign(g, m[0], np.ones(3))
assign(g, m, np.float32(5))
print(x, g, sep="\n")
