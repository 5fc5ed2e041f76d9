x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
s = 'a'
s += 'b'
s *= 3
print(s)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u)
