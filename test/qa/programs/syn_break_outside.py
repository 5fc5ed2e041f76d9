# break outside a loop
import numpy as np

x = np.arange(3)
if x.sum() > 1:
    break
