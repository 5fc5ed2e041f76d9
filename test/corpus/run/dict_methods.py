d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, d.keys(), d.values(), d.items(), len(d), 'a' in d, d.get('z'), d.get('z', 0))
d.update({'d': 4}, e=5)
print(d.pop('a'), d.setdefault('f', 6), d.setdefault('b', 99), d)
print(list(d), sorted(d.items(), key=lambda kv: -kv[1]), d.popitem(), dict(zip('xy', [1, 2])), dict([('k', 'v')]))
for k, v in d.items():
    print(k, v)
del d['b']
print(d, {**d, 'z': 0}, dict.fromkeys('ab', 0), d.copy() == d, d | {'q': 1})
