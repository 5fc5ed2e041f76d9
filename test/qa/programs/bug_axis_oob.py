# Bug: axis 3 on a 3-D array
import numpy as np

batch = np.ones((4, 28, 28))
print(batch.mean())
per_image = batch.mean(axis=3)
print(per_image)
