# oracle corpus: inplace, clean
import numpy as np

acc = np.zeros((38, 21))
for i in range(3):
    acc += np.ones((38, 21))
total = acc.sum()
print(total)
