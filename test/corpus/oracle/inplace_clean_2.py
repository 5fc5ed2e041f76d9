# oracle corpus: inplace, clean
import numpy as np

acc = np.zeros((32, 20))
for i in range(3):
    acc += np.ones((32, 20))
total = acc.sum()
print(total)
