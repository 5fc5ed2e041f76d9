# return at module level after copying a function body out
import numpy as np

loss = np.mean(np.ones(3))
if loss > 0:
    return loss
