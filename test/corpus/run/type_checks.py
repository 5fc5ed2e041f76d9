values = [1, 2.0, 'a', [1], (1,), {1: 2}, {1}, None, True, range(3), len, print]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), callable(v))
