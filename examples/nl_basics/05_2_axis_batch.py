# NumPy-basisbewerkingen voor deep learning — section 5.2 Common deep-learning axis patterns
# From the tutorial ../shared/seeds/002 (Dutch).
import numpy as np

# (batch_size, feature_dim)
X = np.random.randn(32, 10)  # 32 samples, 10 features

# Feature-wise gemiddelde
mean_per_feature = np.mean(X, axis=0)  # shape: (10,)

# Sample-wise gemiddelde
mean_per_sample = np.mean(X, axis=1)  # shape: (32,)
