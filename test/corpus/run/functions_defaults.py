def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4))
print(f(1, 5, 6, 7, d=8, e=9))
print(f(*[1, 2, 3], **{'d': 0, 'z': 1}))
def g(x, /, y, *, z=0):
    return x + y + z
print(g(1, 2), g(1, y=3, z=4))
def h(items=None):
    items = items or []
    items.append(1)
    return items
print(h(), h(), h([5]))
