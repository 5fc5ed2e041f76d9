# keyword argument repeated
import numpy as np

a = np.zeros(shape=(2, 2), shape=(3, 3))
