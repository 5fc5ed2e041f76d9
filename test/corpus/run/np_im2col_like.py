import numpy as np
img = np.arange(25).reshape(5, 5)
patches = np.array([img[i:i + 3, j:j + 3].ravel() for i in range(3) for j in range(3)])
print(patches.shape, patches[0], patches[-1], (patches @ np.ones(9)).reshape(3, 3))
