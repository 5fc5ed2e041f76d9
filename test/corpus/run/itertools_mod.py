import itertools
print(list(itertools.product([1, 2], 'ab')), list(itertools.combinations(range(4), 2)), list(itertools.permutations('abc', 2))[:4])
print(list(itertools.chain([1], [2, 3])), list(itertools.islice(itertools.count(5), 3)), list(itertools.accumulate([1, 2, 3, 4])))
from functools import reduce
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
