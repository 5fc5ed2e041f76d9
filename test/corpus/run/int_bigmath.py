a = 2 ** 200
b = 3 ** 120
print(a, b, a + b, a - b, a * b % 10**9, a // b, a % b, -a // 7, divmod(-a, 12345), a > b, a == 2 ** 200, hex(a)[:12], len(str(b)))
print(int('9' * 30) + 1, abs(-a) == a, pow(2, 100, 10**9 + 7), (a >> 190), (1 << 100) | 1, float(2 ** 60), 2 ** 60 / 3)
