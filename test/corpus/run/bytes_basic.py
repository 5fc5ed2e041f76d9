# bytes: literals, repr quoting/escapes, indexing/slicing/iteration, + * in, comparisons, hashing, methods, str.encode/decode, codec errors
header = b"\x93NUMPY"
print(header[:1], len(header), header.decode("latin-1")[1:], header[0], header[-1], list(header[1:3]))
print("cat".encode(), "héllo".encode(), "héllo".encode("latin-1"), b"it's", b'say "hi"', b'both \'"', b"\t\n\\")
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" == b"abc", b"abc" < b"abd", b"a" == "a")
print(bytes(3), bytes([65, 66, 67]), bytes("hi", "utf-8"), bytes(b"xy"), isinstance(b"x", bytes), type(b"").__name__)
print(b"Hello World".lower(), b"Hello".upper(), b"  pad  ".strip(), b"a,b,c".split(b","), b"a b  c".split(), b"-".join([b"x", b"y"]))
print(b"hello".hex(), b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"))
d = {b"k": 1}
print(d[b"k"], sorted([b"b", b"a"]), [c for c in b"hi"], bool(b""), str(b"x"), repr(b"\x00\xff"))
print("héllo".encode().decode(), b"caf\xc3\xa9".decode("utf-8"))
for bad in [lambda: b"\x93".decode("ascii"), lambda: "é".encode("ascii"), lambda: b"abc"[5], lambda: b"a" + "b", lambda: bytes([300]), lambda: b"\xff".decode()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
