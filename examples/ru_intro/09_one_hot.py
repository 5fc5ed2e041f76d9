# NumPy для начинающих в глубоком обучении — 3. One-hot кодирование
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
num_classes = 4
labels = np.array([0, 2, 1, 3])
one_hot = np.eye(num_classes)[labels]
print(one_hot)
# [[1. 0. 0. 0.]
#  [0. 0. 1. 0.]
#  [0. 1. 0. 0.]
#  [0. 0. 0. 1.]]
