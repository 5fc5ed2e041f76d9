# An unclosed parenthesis in a long call spread over lines
import numpy as np

W = np.random.randn(3, 4)
b = np.zeros(4
x = np.ones((2, 3))
y = x @ W + b
print(y)
