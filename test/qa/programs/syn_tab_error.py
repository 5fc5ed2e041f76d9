# Mixed tabs and spaces in one block (TabError in Python 3)
import numpy as np

def f(x):
    y = x * 2
	return y

print(f(np.ones(2)))
