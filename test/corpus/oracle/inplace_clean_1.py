# oracle corpus: inplace, clean
import numpy as np

acc = np.zeros((5, 33))
for i in range(3):
    acc += np.ones((5, 33))
total = acc.sum()
print(total)
