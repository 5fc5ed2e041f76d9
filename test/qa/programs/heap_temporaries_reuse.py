# Nested expressions whose intermediate arrays are dead right away (early-release traps):
# every name must keep its values after expressions that use it as an operand or via views
import numpy as np

rng = np.random.default_rng(8)
a = rng.standard_normal((300, 40))
b = rng.standard_normal((300, 40))
s0 = repr(a.sum())
c = (+a) * 2
d = (a + 0) * 2
e = -(-a)
f = (a @ b.T) @ a
g = ((a > 0) & (b > 0)) | (a < -1)
h = (x := a + b) * 2
k = (a.T + 0).T * 1
m = (a[:, ::2] * 1) + (a[:, 1::2] * 1)
n = np.float64(2.0) * (a * 1.0) / np.float32(3.0)
p = (a * 1).reshape(-1)[::7] + 1
v = (a + 1)[5]
w = (a + 1).T
q = abs(a - b) ** 2 - (a - b) ** 2
print(s0 == repr(a.sum()), repr(b.sum()), repr(c.sum()), repr(d.sum()), repr(e.sum()), '%.9e' % f.sum())
print(g.sum(), repr(h.sum()), repr(x.sum()), repr(k.sum()), repr(m.sum()), repr(n.sum()), repr(p.sum()))
print(repr(v.sum()), repr(w.sum()), w.shape, repr(np.abs(q).max()))
for step in range(50):
    t = (a * 0.5 + b * 0.5) - (a - b) * 0.25
    u = t[::3]
    r = (t @ t.T).diagonal() + (t * t).sum(axis=1)
print(repr(t.sum()), repr(u.sum()), '%.9e' % r.sum(), repr(a.sum()), repr(b.sum()))
lst = [a * 1, (a * 1) + 1]
print(repr(lst[0].sum()), repr(lst[1].sum()))
