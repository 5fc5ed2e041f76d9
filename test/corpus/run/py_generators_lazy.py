def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print('created')
for v in g:
    print('got', v)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(naturals(), 5)))
it = naturals()
print(next(it), next(it), next(it))
def batches(xs, size):
    for i in range(0, len(xs), size):
        yield xs[i:i + size]
for b in batches(list(range(7)), 3):
    print(b)
def with_return():
    yield 1
    return
    yield 2
print(list(with_return()))
def tryer():
    try:
        yield 'a'
        raise ValueError('x')
    except ValueError as e:
        yield 'caught ' + str(e)
    finally:
        print('fin')
print(list(tryer()))
def deleg():
    yield from range(3)
    x = yield 'sent'
    print('x is', x)
print(list(deleg()))
def fails():
    yield 1
    1 / 0
try:
    for v in fails():
        print('v', v)
except ZeroDivisionError as e:
    print('error', e)
def nested():
    for i in range(2):
        for j in range(3):
            if j == 1:
                continue
            if i == 1 and j == 2:
                break
            yield (i, j)
print(list(nested()))
print(sum(x * x for x in naturals() if False) if False else 0)
gen_exp = (i for i in range(3))
print(next(gen_exp), list(gen_exp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
def outer_gen():
    for x in range(3):
        print('producing', x)
        yield x
print(any(v > 0 for v in outer_gen()))
