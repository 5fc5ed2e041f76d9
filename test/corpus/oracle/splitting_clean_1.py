# oracle corpus: splitting, clean
import numpy as np

data = np.arange(180).reshape(30, 6)
train, val, test = np.split(data, [15, 22])
folds = np.split(data, 3)
first = folds[0]
print(train.shape, val.shape, first.shape)
