# Основные операции NumPy для глубокого обучения — section 5.3 Thinking about image batches
# From the tutorial ../shared/seeds/000 (Russian).
import numpy as np

# N=32, C=3 (RGB), H=W=64
images = np.random.randn(32, 3, 64, 64)

# Максимум по всем пикселям
global_max = np.max(images)  # скаляр

# axis=(0, 2, 3): сокращаем батч, высоту, ширину, оставляем канал
channel_mean = np.mean(images, axis=(0, 2, 3))  # shape: (3,)
