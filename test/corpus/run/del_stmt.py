x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
d = {'a': 1, 'b': 2}
del d['a']
l = [1, 2, 3, 4]
del l[::2]
print(d, l)
