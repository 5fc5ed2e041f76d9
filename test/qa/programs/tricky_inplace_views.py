# Views modified in place keep the base's shape
import numpy as np

base = np.zeros((4, 4))
view = base[1:3, 1:3]
view += 1
row = base[0]
row[:] = 7
col = base[:, -1]
col *= 2
print(base)
flat = base.reshape(-1)
flat[::5] = -1
print(base.diagonal())
