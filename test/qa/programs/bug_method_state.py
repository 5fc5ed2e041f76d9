# Bug: a running-mean buffer with the wrong length inside a class
import numpy as np

class BatchNorm:
    def __init__(self, n):
        self.running_mean = np.zeros(n)

    def update(self, x):
        self.running_mean = 0.9 * self.running_mean + 0.1 * x.mean(axis=0)
        return self.running_mean

bn = BatchNorm(5)
x = np.ones((16, 4))
print(bn.running_mean.shape)
print(bn.update(x))
