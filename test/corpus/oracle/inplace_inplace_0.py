# oracle corpus: inplace, bug: inplace
import numpy as np

acc = np.zeros((32, 20))
for i in range(3):
    acc += np.ones((32, 20, 2))
total = acc.sum()
print(total)
