# oracle corpus: inplace, bug: inplace
import numpy as np

acc = np.zeros((10, 35))
for i in range(3):
    acc += np.ones((10, 35, 2))
total = acc.sum()
print(total)
