# oracle corpus: batching, clean
import numpy as np

data = np.random.randn(45, 41)
W = np.zeros((41, 15))
outputs = []
bs = 16
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
