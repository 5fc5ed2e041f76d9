import numpy as np
x = np.arange(1000, dtype=np.float64)
loop_sum = 0.0
for v in x:
    loop_sum += v * v
print(loop_sum, (x * x).sum(), np.dot(x, x), x @ x)
