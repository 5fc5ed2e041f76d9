import numpy as np
a = np.arange(5, dtype=np.float64)
b = a
a += 1
a *= 2
a -= 0.5
a /= 2
print(a, b, a is b)
i = np.arange(4)
i += 1
try:
    i /= 2
except Exception as e:
    print(type(e).__name__, e)
print(i)
