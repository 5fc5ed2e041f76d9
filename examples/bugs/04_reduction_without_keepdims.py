# Shape bug: softmax over rows without keepdims. The row maxima have shape (4,), which
# aligns with the last axis (3) instead of the rows, so NumPy refuses.
import numpy as np

logits = np.random.randn(4, 3)
shifted = logits - np.max(logits, axis=1)     # needs keepdims=True
probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
print(probs.shape)
