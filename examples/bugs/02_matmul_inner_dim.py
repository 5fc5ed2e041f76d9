# Shape bug: a linear layer whose weight matrix is stored as (out, in) but used as (in, out).
import numpy as np

x = np.random.randn(16, 784)     # a batch of flattened 28x28 images
W = np.random.randn(128, 784)    # (out_features, in_features), PyTorch's convention
b = np.zeros(128)
h = x @ W + b                    # needs W.T: 784 != 128
print(h.shape)
