# oracle corpus: batching, bug: matmul
import numpy as np

data = np.random.randn(31, 59)
W = np.zeros((8, 59))
outputs = []
bs = 4
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
