l = [3, 1, 4, 1, 5]
l.append(9); l.extend([2, 6]); l.insert(0, 0); l.insert(-1, 7)
print(l, l.pop(), l.pop(0), l.index(4), l.count(1))
l.remove(1); l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l, l.copy(), len(l))
words = ['banana', 'Apple', 'cherry']
words.sort(key=str.lower); print(words)
print(sorted(words, key=len, reverse=True), list(reversed(words)))
del l[0]; del l[1:3]; print(l)
l[1:2] = [10, 20, 30]; print(l)
l.clear(); print(l)
