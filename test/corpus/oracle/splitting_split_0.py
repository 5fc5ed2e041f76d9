# oracle corpus: splitting, bug: split
import numpy as np

data = np.arange(216).reshape(24, 9)
train, val, test = np.split(data, [12, 18])
folds = np.split(data, 5)
first = folds[0]
print(train.shape, val.shape, first.shape)
