# oracle corpus: splitting, bug: split
import numpy as np

data = np.arange(168).reshape(24, 7)
train, val, test = np.split(data, [12, 18])
folds = np.split(data, 5)
first = folds[0]
print(train.shape, val.shape, first.shape)
