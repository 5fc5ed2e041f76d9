# np.copyto with where=, np.asfortranarray / np.ascontiguousarray on big arrays
import numpy as np

a = np.linspace(-1, 1, 6000)
e = np.zeros_like(a)
np.copyto(e, a, where=a > 0)
print(repr(e.sum()), (e != 0).sum())
m = np.arange(12.0).reshape(3, 4)
f = np.asfortranarray(m)
print(f, f.flags['F_CONTIGUOUS'], np.ascontiguousarray(f.T).flags['C_CONTIGUOUS'])
