print('{} {} {}'.format(1, 'a', [2]), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{:>8.3f}|{:<6}|{:^6}|{:*^9}'.format(3.14159, 'ab', 'cd', 'mid'), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{:,}'.format(10**9), '{:08.3f}'.format(-3.5), '{!r}'.format('s'), format(0.5, '.0%'), format(255, '#x'))
