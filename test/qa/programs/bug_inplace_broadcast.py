# Bug: in-place add cannot grow the left operand
import numpy as np

acc = np.zeros(3)
grad = np.ones((2, 3))
print(acc + grad)
acc += grad
print(acc)
