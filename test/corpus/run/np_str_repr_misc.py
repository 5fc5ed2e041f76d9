import numpy as np
a = np.array([[1, 2], [3, 4]])
print(str(a), repr(a), f'{a}', '%s' % a, [a[0]], (a[1],), {'k': a[0, 0]})
