# Bug: off-by-one indexing past the end
import numpy as np

x = np.arange(10)
print(x[9])
for i in range(11):
    print(i, x[i])
