import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.sum(axis=-1), a.mean(axis=-2), a.max(axis=(-1, -2)), np.argmax(a, axis=-1), a.sum(axis=0).shape)
