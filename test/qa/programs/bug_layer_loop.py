# Bug: layer sizes chained wrongly in a loop over layers
import numpy as np

sizes = [4, 8, 3]
weights = [np.ones((4, 8)), np.ones((3, 3))]
x = np.ones((2, 4))
for W in weights:
    print("layer", W.shape)
    x = x @ W
print(x.shape)
