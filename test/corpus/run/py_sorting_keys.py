people = [('alice', 30, 5.5), ('bob', 25, 6.1), ('carol', 30, 5.2), ('dave', 25, 5.9)]
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0], reverse=True)[0], min(people, key=lambda p: p[2]), max(people, key=lambda p: (p[1], p[0])))
import math
print(sorted([3.2, -1.0, 2.5, float('inf')]), sorted('banana'), sorted({'b': 1, 'a': 2}.items()))
