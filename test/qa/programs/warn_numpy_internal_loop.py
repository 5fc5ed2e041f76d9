# Warnings raised inside NumPy's Python code, from loops and from two different user lines
import numpy as np

batches = [np.array([1.0, 2.0]), np.array([]), np.array([3.0]), np.array([])]
for b in batches:
    print(np.mean(b), b.mean(), np.std(b), np.var(b, ddof=1))
for k in range(2):
    print(np.nanmean(np.array([np.nan, np.nan])), np.nanmax(np.array([np.nan])))
print(np.mean(np.zeros((0, 3)), axis=0), np.average(np.array([1.0, 2.0]), weights=[0.0, 0.0]) if False else 0)
print(np.corrcoef(np.array([1.0, 1.0, 1.0]), np.array([1.0, 2.0, 3.0])))
print(np.linalg.norm(np.array([1e200, 1e200])), np.sum(np.array([1e308, 1e308])))
