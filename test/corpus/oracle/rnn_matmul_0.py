# oracle corpus: rnn, bug: matmul
import numpy as np

Wx = np.random.randn(4, 29) * 0.1
Wh = np.random.randn(29, 29) * 0.1
hidden = np.zeros(29)
inputs = np.random.randn(27, 4)
for step in range(27):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
