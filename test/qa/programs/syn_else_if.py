# `else if` instead of elif
import numpy as np

x = np.array([1, -2, 3])
for v in x:
    if v > 0:
        print("pos")
    else if v < 0:
        print("neg")
