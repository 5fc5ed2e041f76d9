names = ['w1', 'b1', 'w2']
shapes = [(3, 4), (4,), (4, 2)]
for i, (n, s) in enumerate(zip(names, shapes)):
    print(i, n, s, len(s))
print(dict(zip(names, shapes)), list(zip(*[(1, 'a'), (2, 'b')])))
