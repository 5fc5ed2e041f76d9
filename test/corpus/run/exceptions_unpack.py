for src in ['x, y = [1, 2, 3]', 'x, y = [1]', 'a, = 5']:
    pass
def unpack3(v):
    a, b = v
    return a, b
for v in [[1, 2, 3], [1], 5]:
    try:
        unpack3(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def call(f, *a, **k):
    try:
        return f(*a, **k)
    except TypeError as e:
        return 'TypeError: ' + str(e)
def two(a, b):
    return a + b
print(call(two, 1), call(two, 1, 2, 3), call(two, 1, c=2), call(two, 1, a=2))
