# NumPy bytes ('S') arrays: creation from bytes, printing, dtype facts, indexing, comparison, casts
import numpy as np

labels = np.array([b"cat", b"dog", b"bird"])
print(labels, labels.dtype, repr(labels.dtype), labels.dtype.str, labels.dtype.name, labels.dtype.kind)
print(repr(labels), labels.itemsize, labels.nbytes, labels.shape)
print(labels[0], labels[-1].decode(), len(labels[2]), labels[1:], labels[::-1], labels.tolist())
print(labels == b"cat", labels != b"dog", labels[labels != b"dog"], labels == "cat")
print(np.where(labels == b"dog", labels, b"-"), np.sort(labels), np.unique(np.array([b"b", b"a", b"b"])))
print(repr(np.concatenate([labels, np.array([b"horse"])])), repr(labels + labels))
print(repr(np.array([b"a", b"bc\x00"])), repr(np.array([b"a\x00b"])), np.array([b"\x93NUMPY", b"\n\t'"]))
print(repr(np.array([b"x"], dtype="S3")), repr(np.zeros(2, dtype="S2")), repr(np.array([1, 2]).astype("S")))
print(repr(labels.astype(str)), repr(np.array(["ab"]).astype("S")), repr(np.array(["ab"]).astype(bytes)))
print(repr(np.array(b"abc")), repr(np.array([[b"a"], [b"bc"]])), np.array([b"a", 1]).dtype, np.array([b"a", "bc"]).dtype)
counts = {b"cat": 0, b"dog": 0, b"bird": 0}
for x in np.array([b"cat", b"dog", b"cat"]):
    counts[x] += 1
print(counts, [x.decode().upper() for x in labels], labels.item(1), np.dtype("S4"), np.dtype(bytes))
header = b"\x93NUMPY\x01\x00"
print(header[:6], header[6], list(header[6:]), header.hex(), len(header), header + b"!", header.decode("latin-1")[1:6])
b = np.array([b"ab", b"c"], dtype=np.bytes_)
b[1] = b"zzz"
print(b, b.dtype, np.full(2, b"q"), np.array([b"a"]).astype("S3").dtype, b.astype(np.bytes_).dtype, np.array(["x", "yz"], dtype=np.str_).dtype)
print(b.argsort(), np.isin(b, [b"ab"]), b.reshape(1, 2).T, np.stack([b, b]), np.tile(b, 2), np.repeat(b, 2))
print(b.dtype.type is np.bytes_, isinstance(b[0], bytes), np.bytes_(b"hi") == b"hi", np.str_("s") == "s")
