# NumPy Basics for Deep Learning — section 5.2 Common deep-learning axis patterns
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

# (batch_size, feature_dim)
X = np.random.randn(32, 10)  # 32 samples, 10-dimensional features

# Feature-wise mean
mean_per_feature = np.mean(X, axis=0)  # shape: (10,)

# Sample-wise mean
mean_per_sample = np.mean(X, axis=1)  # shape: (32,)
