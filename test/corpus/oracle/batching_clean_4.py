# oracle corpus: batching, clean
import numpy as np

data = np.random.randn(12, 44)
W = np.zeros((44, 59))
outputs = []
bs = 4
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
