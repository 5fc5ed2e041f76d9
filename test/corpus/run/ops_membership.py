print(1 in [1, 2], 3 not in (1, 2), 'ab' in 'cabd', 'a' in {'a': 1}, 2 in {1, 2}, 5 in range(0, 10, 5), 4 in range(0, 10, 5))
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is [1, 2], None is None)
