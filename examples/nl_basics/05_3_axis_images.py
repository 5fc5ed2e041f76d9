# NumPy-basisbewerkingen voor deep learning — section 5.3 Thinking about image batches
# From the tutorial ../shared/seeds/002 (Dutch).
import numpy as np

# N=32, C=3 (RGB), H=W=64
images = np.random.randn(32, 3, 64, 64)

# Globale maximale pixelwaarde
global_max = np.max(images)  # scalar

# axis=(0, 2, 3): reduce over batch, height, width
channel_mean = np.mean(images, axis=(0, 2, 3))  # shape: (3,)
