# Print options for nicer output
import numpy as np

x = np.array([1.123456789, 2.5, 1e-4])
np.set_printoptions(precision=3, suppress=True)
print(x)
print(np.array([1e-8, 1.0]))
np.set_printoptions(linewidth=40)
print(np.arange(30))
with np.printoptions(precision=1):
    print(x)
print(x)
print(np.array2string(x, separator=', '))
np.set_printoptions(edgeitems=2, threshold=10)
print(np.arange(100))
