print([x * x for x in range(6) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
print({k: len(k) for k in ['a', 'bb', 'ccc']}, {c for c in 'mississippi'} == set('misp'), sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [y for x in matrix for y in x if y > 2])
print(list(zip(*matrix)), any(x > 5 for x in range(7)), all(x < 5 for x in range(7)))
