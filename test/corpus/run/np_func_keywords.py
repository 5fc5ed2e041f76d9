import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.sum(a, axis=1, keepdims=True), np.mean(a=a, axis=0), np.max(a, 0), np.concatenate((a, a), axis=0).shape, np.zeros(shape=(2,), dtype='int32'))
