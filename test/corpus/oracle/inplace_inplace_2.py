# oracle corpus: inplace, bug: inplace
import numpy as np

acc = np.zeros((12, 11))
for i in range(3):
    acc += np.ones((12, 11, 2))
total = acc.sum()
print(total)
