# NumPy Basics for Deep Learning — section 6.2 Loss with a mask
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

loss = np.array([0.1, 0.5, 0.2, 0.9])
mask = np.array([True, False, True, False])

masked_loss = loss[mask]      # [0.1, 0.2]
mean_loss = np.mean(masked_loss)
print(mean_loss)              # 0.15000000000000002
