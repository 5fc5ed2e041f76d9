print(int('101', 2), int('ff', 16), int('0b11', 0), float('  2.5 '), float('-inf'), complex(1, 2), (1+2j) * (3-1j), abs(3+4j))
print(7 .bit_length(), (2.5).is_integer(), (0.75).as_integer_ratio(), (10).real, 3.0.real, round(-2.5), round(3.5), round(0.1 + 0.2, 15))
print(1e308 * 10, -1e308 * 10, 2**0.5 * 2**0.5, 10 / 3, 10 // 3.0, -10 % 3.0, 1e-320, 3 * 0.1)
