for v in [0, 1, -1, 3.14159, 1e-7, 1e21, 123456789, 2**70, 0.1, 100.0, float('inf')]:
    print(str(v), repr(v), f'{v}', f'{v!r}', '{:>12}'.format(v))
