# Windows line endings (CRLF), a file saved on Windows
import numpy as np

data = np.array([[1.0, 2.0],
                 [3.0, 4.0]])
means = data.mean(axis=0)
centered = data - means
total = centered.sum() + \
    1.0
s = """multi
line"""
print(centered, means.shape, total, len(s))
def f(a):
    return a.T @ a
gram = f(centered)
print(gram.shape)
