# oracle corpus: inplace, bug: inplace
import numpy as np

acc = np.zeros((7, 25))
for i in range(3):
    acc += np.ones((7, 25, 2))
total = acc.sum()
print(total)
