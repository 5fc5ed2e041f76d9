# Lists of arrays turned into arrays
import numpy as np

rows = []
for i in range(5):
    rows.append(np.arange(3) * i)
M = np.array(rows)
print(M.shape)
cols = [np.ones(4) for _ in range(2)]
S = np.stack(cols, axis=1)
print(S.shape)
ragged = [np.ones(2), np.ones(3)]
lengths = [len(r) for r in ragged]
print(lengths)
