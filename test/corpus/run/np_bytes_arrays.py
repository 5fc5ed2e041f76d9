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
# raw bytes: np.frombuffer / ndarray.tobytes (little-endian, as NumPy on x86-64)
raw = bytes(range(8))
u8 = np.frombuffer(raw, dtype=np.uint8)
print(u8, u8.dtype, u8.flags.writeable, np.frombuffer(b"\x01\x00\x02\x00", dtype=np.int16), np.frombuffer(b"\x00\x00\x80\x3f", dtype=np.float32))
print(np.array([1, 2, 3], dtype=np.uint8).tobytes(), np.arange(3, dtype=np.int16).tobytes(), np.frombuffer(np.arange(4.0).tobytes()))
print(np.frombuffer(b"ab\x00c", dtype="S2"), np.array([b"ab", b"c"]).tobytes(), np.array(["a"]).tobytes())
print(np.frombuffer(b"\x01\x02\x03\x04", dtype=np.uint8, count=2, offset=1), np.array([[1, 2], [3, 4]], dtype=np.int8).T.tobytes())
print(np.array([True, False]).tobytes(), np.frombuffer(b"\x00\x01", dtype=bool), np.frombuffer(np.arange(3).tobytes(), dtype=np.int64))
for bad in [lambda: np.frombuffer(b"abc", dtype=np.int16), lambda: np.frombuffer(b"abcd", dtype=np.int16, count=3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    u8[0] = 1
except ValueError as e:
    print("ValueError:", e)
