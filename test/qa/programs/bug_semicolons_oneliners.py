# One-liners and semicolons (notebook style); the bug is on line 9
import numpy as np
a = np.arange(6).reshape(2, 3); b = np.arange(6).reshape(3, 2); c = a @ b
if c.shape == (2, 2): print("ok"); d = c.ravel()
for i in range(2): d = d + i
class Cfg: lr = 0.1; steps = 3
def f(x): return x.reshape(3, -1)
e = f(np.arange(12)); print(e.shape)
g = e.reshape(5, 2)
print(g)
