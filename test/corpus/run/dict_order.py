d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
d['a'] = 99
print(d, list(d.keys()), list(d.values()))
inv = {v: k for k, v in d.items()}
print(inv, sorted(inv), max(d, key=d.get))
