def f(*args, **kwargs):
    return len(args), sorted(kwargs)
print(f(), f(1, 2), f(a=1, b=2), f(*range(4), **{'x': 1}))
first, second, *others = 'abcdef'
print(first, second, others)
print(*[1, 2], *(3, 4), sep='|')
d1 = {'a': 1}
d2 = {**d1, 'b': 2, **{'c': 3}}
print(d2, [*range(3), *'ab'], {*[1, 2], *[2, 3]})
