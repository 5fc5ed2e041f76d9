# bytes literals, e.g. from a tutorial that reads a binary header or encodes labels
import numpy as np

header = b"\x93NUMPY"
print(header[:1], len(header), header.decode("latin-1")[1:])
labels = np.array([b"cat", b"dog"])
print(labels, labels.dtype, "cat".encode())
