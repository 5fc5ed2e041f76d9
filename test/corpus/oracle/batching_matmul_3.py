# oracle corpus: batching, bug: matmul
import numpy as np

data = np.random.randn(41, 52)
W = np.zeros((34, 52))
outputs = []
bs = 16
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
