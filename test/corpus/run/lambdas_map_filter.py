sq = lambda x: x * x
print(sq(5), list(map(sq, range(5))), list(filter(lambda x: x % 2, range(10))), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(sorted([(1, 'b'), (2, 'a'), (1, 'a')], key=lambda p: (p[1], -p[0])), (lambda *a, **k: (a, k))(1, x=2))
