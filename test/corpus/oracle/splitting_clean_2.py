# oracle corpus: splitting, clean
import numpy as np

data = np.arange(120).reshape(24, 5)
train, val, test = np.split(data, [12, 18])
folds = np.split(data, 3)
first = folds[0]
print(train.shape, val.shape, first.shape)
