# NumPy-basisbewerkingen voor deep learning — section 6.1 Accuracy calculation
# From the tutorial ../shared/seeds/002 (Dutch).
import numpy as np

# voorspellingen (0-1-probabiliteit)
pred = np.array([0.2, 0.8, 0.9, 0.3])
# echte labels (0 of 1)
target = np.array([0, 1, 1, 0])

# voorspelde klasse op basis van 0.5
pred_label = (pred > 0.5).astype(np.int32)   # [0 1 1 0]

# correcte voorspellingen
correct = (pred_label == target)             # [ True True True True]
accuracy = np.mean(correct)                  # True=1, False=0
print(accuracy)  # 1.0
