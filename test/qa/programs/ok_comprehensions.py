# List/dict comprehensions mixed with numpy
import numpy as np

sizes = [2, 3, 4]
arrays = [np.ones(s) * s for s in sizes]
print(arrays)
lengths = {f"arr{i}": a.shape[0] for i, a in enumerate(arrays)}
print(lengths)
sums = [float(a.sum()) for a in arrays]
print(sums)
squares = np.array([i ** 2 for i in range(6)])
print(squares, squares.dtype)
nested = [[i * j for j in range(3)] for i in range(3)]
print(np.array(nested))
evens = [x for x in squares if x % 2 == 0]
print(evens)
print({k: v for k, v in zip("abc", np.arange(3))})
