# Silent broadcast: (N,1) mask multiplied with (N,) values
import numpy as np

mask = (np.arange(4) % 2 == 0).reshape(4, 1)
vals = np.array([1.0, 2.0, 3.0, 4.0])
masked = vals * mask
print(masked.sum())
