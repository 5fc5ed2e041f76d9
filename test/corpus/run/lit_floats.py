print(0.1, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123456789, -0.0, 1e300*10)
print(float('inf'), float('-inf'), float('nan'), 3.0, 2.5e10, 1e22, 5e-324)
print(round(2.675, 2), round(0.125, 2), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(7, -1))
