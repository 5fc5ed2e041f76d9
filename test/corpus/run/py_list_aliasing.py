grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a
b += [4]
c = a + [5]
print(a, b, c, a is b, a is c)
