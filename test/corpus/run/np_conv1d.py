import numpy as np
x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
k = np.array([1.0, 0.0, -1.0])
out = np.array([np.sum(x[i:i + 3] * k) for i in range(len(x) - 2)])
print(out, out.dtype)
