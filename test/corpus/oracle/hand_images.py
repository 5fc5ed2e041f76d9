# oracle corpus: hand-written, image augmentation and a per-channel histogram, clean
import numpy as np

imgs = np.random.randint(0, 256, size=(6, 32, 32, 3)).astype(np.uint8)
flipped = imgs[:, :, ::-1, :]
crops = imgs[:, 4:28, 4:28, :]
gray = imgs.mean(axis=-1)
norm = (imgs / 255.0 - np.array([0.5, 0.5, 0.5])) / np.array([0.25, 0.25, 0.25])
chw = norm.transpose(0, 3, 1, 2)
hist = np.stack([np.bincount(imgs[..., c].ravel(), minlength=256) for c in range(3)])
print(flipped.shape, crops.shape, gray.shape, chw.shape, hist.shape)
