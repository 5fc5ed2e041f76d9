# oracle corpus: rnn, clean
import numpy as np

Wx = np.random.randn(23, 19) * 0.1
Wh = np.random.randn(23, 23) * 0.1
hidden = np.zeros(23)
inputs = np.random.randn(27, 19)
for step in range(27):
    hidden = np.tanh(Wx @ inputs[step] + Wh @ hidden)
print(hidden.shape)
