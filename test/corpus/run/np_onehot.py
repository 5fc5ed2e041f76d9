import numpy as np
labels = np.array([0, 2, 1, 2, 3])
num_classes = 4
onehot = np.zeros((labels.size, num_classes))
onehot[np.arange(labels.size), labels] = 1
print(onehot)
print(np.eye(num_classes)[labels], onehot.argmax(axis=1), (np.arange(num_classes) == labels[:, None]).astype(np.float32))
