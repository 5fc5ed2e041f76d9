# np.bytes_ scalars: elements of bytes arrays are bytes with NumPy's type and repr
import numpy as np
a = np.array([b"cat", b"dog"])
x = a[0]
print(x, repr(x), type(x), str(x), list(a), a.tolist(), a.item(0), repr(a.item(1)))
print(x.decode(), x + b"!", repr(x + b"!"), x == b"cat", {x: 1}[b"cat"], len(x), x[0], x[:2], repr(x[:2]), x.upper())
print(isinstance(x, bytes), type(x) is bytes, type(x) is np.bytes_, [y for y in a], f"{x}", "%s" % x, sorted(a, reverse=True))
print(repr(np.bytes_(b"hi")), b"cat" in a, x in [b"cat"], str(a), np.bytes_(b"q") + b"r")
