tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [][1], lambda: {}['a'], lambda: 'ab'[5],
         lambda: int('x'), lambda: float('y'), lambda: None + 1, lambda: 'a' + 1, lambda: 1 + 'a', lambda: len(5),
         lambda: [].pop(), lambda: [1].index(5), lambda: (1).foo, lambda: max([]), lambda: 1 < 'a', lambda: hash([]),
         lambda: iter(5), lambda: next(iter([])), lambda: undefined_thing, lambda: int(float('nan')), lambda: chr(-1),
         lambda: 'x'.join([1]), lambda: sorted([1, 'a']), lambda: [1, 2].remove(5), lambda: (1, 2)[5], lambda: {1, 2}.remove(3)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
