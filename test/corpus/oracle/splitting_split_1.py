# oracle corpus: splitting, bug: split
import numpy as np

data = np.arange(210).reshape(30, 7)
train, val, test = np.split(data, [15, 22])
folds = np.split(data, 7)
first = folds[0]
print(train.shape, val.shape, first.shape)
