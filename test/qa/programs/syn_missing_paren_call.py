# unclosed call on the last line of the file
import numpy as np

print(np.ones(3).sum()
