# NumPy Basics for Deep Learning — section 6.1 Accuracy calculation
# From the tutorial ../shared/seeds/003 (English).
import numpy as np

# Predicted probabilities (not logits)
pred = np.array([0.2, 0.8, 0.9, 0.3])
# Ground-truth labels (0 or 1)
target = np.array([0, 1, 1, 0])

# Convert probabilities to class labels at 0.5 threshold
pred_label = (pred > 0.5).astype(np.int32)   # [0 1 1 0]

# Correct predictions
correct = (pred_label == target)             # [ True True True True]
accuracy = np.mean(correct)                  # True=1, False=0
print(accuracy)  # 1.0
