a = [1, 2, 3]
t = (1,)
d = {'a': 1, 'b': [1, 2]}
s = {3, 1, 2}
print(a, t, (), d, s, set(), {}, [[]], (1, 2), {1: 'x', 2.5: None, (1, 2): True})
print(type(a), type(t), type(d), type(s), type(None), type(1), type(1.0), type('s'), type(True))
