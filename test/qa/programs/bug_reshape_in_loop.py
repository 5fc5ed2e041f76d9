# Bug: reshape inside a loop with a hard-coded batch size
import numpy as np

data = np.arange(100.0).reshape(25, 4)
for start in range(0, 25, 10):
    batch = data[start:start + 10]
    flat = batch.reshape(10, 2, 2)
    print(start, flat.shape)
