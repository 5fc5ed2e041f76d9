# oracle corpus: unpacking, clean
import numpy as np

imgs = np.random.rand(32, 7, 6)
n, h, w = imgs.shape
flat = imgs.reshape(n, -1)
proj = np.random.randn(flat.shape[1], 5)
emb = flat @ proj
print(emb.shape)
