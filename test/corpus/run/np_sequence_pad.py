import numpy as np
seqs = [[1, 2, 3], [4, 5], [6]]
maxlen = max(len(s) for s in seqs)
padded = np.zeros((len(seqs), maxlen), dtype=int)
mask = np.zeros((len(seqs), maxlen), dtype=bool)
for i, s in enumerate(seqs):
    padded[i, :len(s)] = s
    mask[i, :len(s)] = True
print(padded, mask, mask.sum(axis=1))
