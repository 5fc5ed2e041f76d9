# oracle corpus: rnn, bug: matmul
import numpy as np

Wx = np.random.randn(29, 8) * 0.1
Wh = np.random.randn(8, 8) * 0.1
hidden = np.zeros(8)
inputs = np.random.randn(17, 29)
for step in range(17):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
