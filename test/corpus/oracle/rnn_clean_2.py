# oracle corpus: rnn, clean
import numpy as np

Wx = np.random.randn(19, 28) * 0.1
Wh = np.random.randn(19, 19) * 0.1
hidden = np.zeros(19)
inputs = np.random.randn(4, 28)
for step in range(4):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
