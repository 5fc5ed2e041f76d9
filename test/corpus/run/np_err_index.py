import numpy as np
x = np.zeros(5)
print(x[4])
print(x[5])
