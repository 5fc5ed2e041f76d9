# oracle corpus: rnn, clean
import numpy as np

Wx = np.random.randn(2, 12) * 0.1
Wh = np.random.randn(2, 2) * 0.1
hidden = np.zeros(2)
inputs = np.random.randn(3, 12)
for step in range(3):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
