import numpy as np
a = np.linspace(0, 1, 5, dtype=np.float32)
print(a, a.dtype, a.sum(), repr(a.sum()), a.mean(), (a * 3).dtype, np.sqrt(a), a @ a)
