print(1 and 2, 0 and 2, 1 or 2, 0 or '', '' or 'x', None or [] or 'last', [] and 5)
def side(x):
    print('eval', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) if side(0) else side(2))
