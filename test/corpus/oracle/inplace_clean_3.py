# oracle corpus: inplace, clean
import numpy as np

acc = np.zeros((30, 31))
for i in range(3):
    acc += np.ones((30, 31))
total = acc.sum()
print(total)
