# Unexpected indent after a comment line, with CRLF endings
import numpy as np

x = np.ones(3)
    y = x + 1
print(y)
