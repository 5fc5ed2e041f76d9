# NumPy Basics for Deep Learning — section 5.3 Thinking about image batches
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

# N=32, C=3 (RGB), H=W=64
images = np.random.randn(32, 3, 64, 64)

# Global pixel maximum
global_max = np.max(images)  # scalar

# Reduce over batch, height, and width, keep channels
channel_mean = np.mean(images, axis=(0, 2, 3))  # shape: (3,)
