# oracle corpus: batching, bug: matmul
import numpy as np

data = np.random.randn(37, 60)
W = np.zeros((41, 60))
outputs = []
bs = 16
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
