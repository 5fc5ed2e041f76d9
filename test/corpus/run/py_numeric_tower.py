print(3 + 4.0, 3 * True, 7 / 7, 2 ** 0.5, int('10') + float('1.5'), 10 // 4, 10 % 4, -10 // 4, 3.0 // 2, 1e3 == 1000)
print(round(2.5), round(3.5), round(-1.5), round(0.5 + 1e-9), round(12.345, 1), round(12.355, 2), round(1e-3, 5), abs(-0.0))
print(max(1, 2.5, -3), min([0.1, -0.2]), sum([1, 2.5]), sum([], 10), pow(-2, 3), pow(2, -1), divmod(-7.5, 2), 5 // 0.3)
