from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dict(dd), dd['zz'], len(dd))
c = Counter('abracadabra')
print(c['a'], c['z'], sorted(c.items()))
