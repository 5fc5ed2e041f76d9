# oracle corpus: unpacking, bug: unpack
import numpy as np

imgs = np.random.rand(23, 3, 24)
n, h = imgs.shape
flat = imgs.reshape(n, -1)
proj = np.random.randn(flat.shape[1], 5)
emb = flat @ proj
print(emb.shape)
