# oracle corpus: unpacking, bug: unpack
import numpy as np

imgs = np.random.rand(3, 28, 20)
n, h = imgs.shape
flat = imgs.reshape(n, -1)
proj = np.random.randn(flat.shape[1], 5)
emb = flat @ proj
print(emb.shape)
