x = 3.14159
n = 42
name = 'Ada'
print(f'{x:.2f} {x:10.3f}| {n:05d} {n:x} {n:b} {n:,} {1234567.891:,.2f} {name!r} {name:>6}|{name:<6}|{name:^7}|')
print(f'{x:e} {x:.3e} {0.000123:g} {123456789:g} {0.5:%} {0.25:.1%} {n:+d} {-n: d} {x=}')
print(f'{"nested"} {[1, 2]} {{braces}} {n * 2} {name.upper()} {3 > 2}')
