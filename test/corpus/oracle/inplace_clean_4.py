# oracle corpus: inplace, clean
import numpy as np

acc = np.zeros((22, 32))
for i in range(3):
    acc += np.ones((22, 32))
total = acc.sum()
print(total)
