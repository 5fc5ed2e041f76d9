# Python 2 print statement copied from an old tutorial
import numpy as np

a = np.arange(4)
print "sum:", a.sum()
