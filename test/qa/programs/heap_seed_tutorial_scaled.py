# The seed tutorial's basic operations (Dutch names) on arrays big enough for the wasm heap
import numpy as np

x = np.arange(1, 3001)
y = np.arange(10, 30010, 10)
print(x + y, (x - y)[-3:], (x * y)[:3], y / x, x ** 2)
print((x + 10)[:3], (x * 2)[-2:], (x / 2)[:3], (x / 3)[-2:])
masker = x % 7 > 3
positief = x[masker]
print(masker[:8], positief[:5], np.sum(masker), masker.mean())
voorspellingen = (x * 37) % 10
labels = (x * 11) % 10
nauwkeurigheid = np.mean(voorspellingen == labels)
print("accuracy:", nauwkeurigheid, (voorspellingen == labels).sum())
verliezen = ((x % 13) - 6.5) ** 2
gewicht = (x % 5 == 0).astype(np.float64)
print(repr((verliezen * gewicht).sum() / gewicht.sum()), repr(verliezen[x % 5 == 0].mean()))
matrix = x.reshape(60, 50)
print(matrix.sum(axis=0)[:4], matrix.sum(axis=1)[-2:], matrix.max(axis=0)[:3], matrix.min(axis=1)[:3], matrix.mean(axis=0)[:3])
print(np.sum(matrix), np.mean(matrix), np.max(matrix), np.min(matrix), matrix.std())
x_f = x.astype(np.float32) / 3000
print(x_f[:4], x_f.sum(), x_f.mean(), (x_f ** 2).sum(), np.sqrt(x_f)[-3:])
relu = np.maximum(0, x_f - 0.5)
print(relu[1498:1503], relu.sum(), (relu > 0).sum())
