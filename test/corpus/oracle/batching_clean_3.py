# oracle corpus: batching, clean
import numpy as np

data = np.random.randn(5, 42)
W = np.zeros((42, 10))
outputs = []
bs = 8
for i in range(0, len(data), bs):
    batch = data[i:i + bs]
    out = batch @ W
    outputs.append(out)
result = np.concatenate(outputs)
print(result.shape)
