# Deeply nested brackets
x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
import numpy as np
a = np.array(x)
print(a.shape, a.ndim)
print(a)
