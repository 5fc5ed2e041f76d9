# Operators that NumPy answers with a fresh array even when the value is unchanged (a ** 1,
# a * 1, +a, a - 0): nesting them must never release the named operand
import numpy as np

a = np.linspace(-3, 3.5, 6000)
m = a > 0
i = np.arange(6000)
r1 = (a ** 1) * 2
r2 = (a ** 1.0) + 0
r3 = (a ** 2) ** 0.5
r4 = (+(+a)) - 0
r5 = ((~m) & m) | m
r6 = (i ** 1) + (i * 1) - (i // 1)
r7 = (a.T ** 1).T * 1
for step in range(30):
    tmp = ((a ** 1) * 1 + (a - 0) * 1) / 2
print(repr(a.sum()), repr(r1.sum()), repr(r2.sum()), repr(r3.sum()), repr(r4.sum()), r5.sum(), r6.sum(), repr(r7.sum()), repr(tmp.sum()), m.sum(), i.sum())
b = np.ones(5000)
c = np.ones(5000)
for step in range(100):
    b = (b * 1.0001) * 1
    c = -(-(c + 0))
print(repr(b.sum()), repr(c.sum()), repr(a.sum()))
