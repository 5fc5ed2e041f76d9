# ufuncs with out= pointing at strided slices of big arrays
import numpy as np

a = np.arange(6000, dtype=np.float64)
b = np.linspace(0, 1, 3000)
np.add(a[::2], b, out=a[::2])
print(a[:6], a[-4:], repr(a.sum()))
x = np.zeros((200, 30))
np.multiply(np.arange(30.0), 2, out=x[5])
np.subtract(x[5], 1, out=x[7])
np.divide(x[:, 3], 3, out=x[:, 4])
print(x[5, :5], x[7, :5], x[:8, 4], repr(x.sum()))
y = np.arange(1024, dtype=np.float32)
np.sqrt(y, out=y)
print(y[:5], repr(y.sum()))
z = np.empty(4096)
np.exp(np.linspace(-5, 5, 4096), out=z)
print(repr(z.sum()), repr(z.mean()))
