def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(4)), sum(countdown(10)), max(countdown(3)))
def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x
for i, x in pairs('ab'):
    print(i, x)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), 'ab')))
g = (x * 2 for x in range(3))
print(next(g), next(g), list(g))
