# Bug: assigning a row of the wrong length
import numpy as np

table = np.zeros((3, 3))
table[0] = [1, 2, 3]
print(table[0])
table[1] = np.ones(4)
print(table)
