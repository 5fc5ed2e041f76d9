data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long', n)
big = [y for x in data if (y := x * 2) > 10]
print(big)
x = [1, 2, 3]
print(x[-1], x[len(x) - 1], *x, sep='-', end='!\n')
print('a', 'b', sep='')
print()
print('end')
