a = b = c = [0]
a.append(1)
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = range(5)
*init, last = 'hello'
p, (q, r) = 1, (2, 3)
print(first, rest, init, last, p, q, r)
