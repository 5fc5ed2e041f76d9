t = (1, 2, 3, 2)
print(t.index(2), t.count(2), t + (4,), t * 2, t[1:], len(t), max(t), sum(t), tuple([1, 2]), tuple('ab'))
x, y, z, w = t
print(x + y + z + w, (1, 2) + (3,), ((1, 2), (3, 4))[1][0], hash((1, 2)) == hash((1, 2)))
