# oracle corpus: splitting, bug: split
import numpy as np

data = np.arange(108).reshape(18, 6)
train, val, test = np.split(data, [9, 13])
folds = np.split(data, 5)
first = folds[0]
print(train.shape, val.shape, first.shape)
