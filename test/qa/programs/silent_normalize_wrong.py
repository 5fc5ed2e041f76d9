# Silent broadcast: normalising rows with a (1,N) norm
import numpy as np

v = np.array([[3.0, 4.0], [6.0, 8.0], [1.0, 0.0]])
n = np.linalg.norm(v, axis=1)[None, :]
unit = v[:, :1] / n
print(unit.shape)
