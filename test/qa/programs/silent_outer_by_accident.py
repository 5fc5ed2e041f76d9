# Silent broadcast: column of scores times row of weights
import numpy as np

scores = np.ones((6, 1)) * 2
weights = np.linspace(0, 1, 6)
weighted = scores * weights
print(weighted.sum(), weighted.shape)
