# Основные операции NumPy для глубокого обучения — section 5.2 Common deep-learning axis patterns
# From the tutorial ../shared/seeds/000 (Russian).
import numpy as np

# (batch_size, feature_dim)
X = np.random.randn(32, 10)  # 32 образца, 10 признаков

# Среднее по признакам
mean_per_feature = np.mean(X, axis=0)  # shape: (10,)

# Среднее по образцам
mean_per_sample = np.mean(X, axis=1)  # shape: (32,)
