# A name whose shape changes every iteration (growing buffer)
import numpy as np

buf = np.zeros((0, 3))
for i in range(4):
    row = np.full((1, 3), i)
    buf = np.concatenate([buf, row], axis=0)
print(buf.shape)
x = np.ones(5)
for _ in range(2):
    x = x[:, None] * np.ones(3)
    x = x.sum(axis=1)
print(x)
