# Shapes the analysis should infer through common tutorial operations
import numpy as np

images = np.zeros((32, 28, 28))
flat = images.reshape(32, -1)
W = np.random.randn(784, 128)
hidden = flat @ W
logits = np.maximum(hidden, 0) @ np.random.randn(128, 10)
probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
labels = np.argmax(probs, axis=1)
onehot = np.eye(10)[labels]
batch = images[:8, ::2, 1::2]
channels = np.stack([images, images, images], axis=-1)
pooled = channels.mean(axis=(1, 2))
expanded = labels[:, None] == np.arange(10)[None, :]
col = hidden[:, 0]
tr = hidden.T
cat = np.concatenate([flat, flat], axis=1)
x_t = np.transpose(channels, (0, 3, 1, 2))
summed = x_t.sum(axis=0)
print(flat.shape, hidden.shape, logits.shape, probs.shape, labels.shape, onehot.shape, batch.shape,
      channels.shape, pooled.shape, expanded.shape, col.shape, tr.shape, cat.shape, x_t.shape, summed.shape)
