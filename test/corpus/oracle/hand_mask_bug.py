# oracle corpus: hand-written, a mask built from the labels of another split
import numpy as np

X_train = np.random.randn(80, 4)
y_train = np.random.randint(0, 2, size=80)
X_val = np.random.randn(20, 4)
y_val = np.random.randint(0, 2, size=20)
pos_val = y_val == 1
X_pos = X_train[pos_val]
print(X_pos.shape)
