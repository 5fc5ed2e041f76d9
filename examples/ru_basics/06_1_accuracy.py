# Основные операции NumPy для глубокого обучения — section 6.1 Accuracy calculation
# From the tutorial ../shared/seeds/000 (Russian).
import numpy as np

# Предсказания (не логиты, а вероятности 0–1)
pred = np.array([0.2, 0.8, 0.9, 0.3])
# Истинные метки (0 или 1)
target = np.array([0, 1, 1, 0])

# Классы по порогу 0.5
pred_label = (pred > 0.5).astype(np.int32)   # [0 1 1 0]

# Точность
correct = (pred_label == target)             # [ True True True True]
accuracy = np.mean(correct)                  # True=1, False=0
print(accuracy)  # 1.0
