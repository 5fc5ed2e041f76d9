# oracle corpus: rnn, clean
import numpy as np

Wx = np.random.randn(24, 27) * 0.1
Wh = np.random.randn(24, 24) * 0.1
hidden = np.zeros(24)
inputs = np.random.randn(3, 27)
for step in range(3):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
