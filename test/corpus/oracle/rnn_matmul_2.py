# oracle corpus: rnn, bug: matmul
import numpy as np

Wx = np.random.randn(10, 7) * 0.1
Wh = np.random.randn(7, 7) * 0.1
hidden = np.zeros(7)
inputs = np.random.randn(4, 10)
for step in range(4):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
