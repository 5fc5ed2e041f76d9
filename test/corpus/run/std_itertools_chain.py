# itertools.chain lazily over finite and infinite iterables, chain.from_iterable
import itertools
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.islice(itertools.chain(itertools.count()), 3)))
rows = [[1, 2], [3]]
print(sorted(itertools.chain.from_iterable(rows), reverse=True), next(itertools.chain([], [9])))
