a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.union([9]), a.intersection(b), a.difference(b))
a.add(10); a.discard(1); a.remove(2)
print(a, len(a), 3 in a, set('hello') == set('olleh'), frozenset([1, 2]), {x % 3 for x in range(10)})
