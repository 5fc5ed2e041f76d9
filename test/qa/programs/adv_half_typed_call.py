# Half-typed code: unclosed call
import numpy as np

x = np.zeros((3, 4)
print(x)
