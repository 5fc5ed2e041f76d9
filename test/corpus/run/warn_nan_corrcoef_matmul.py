# RuntimeWarnings raised in NumPy's Python code: nanmax/nanmin All-NaN slices, corrcoef of constant variables, inf - inf inside dot/matmul
import numpy as np
print(np.nanmax(np.array([[np.nan, 1.0], [np.nan, np.nan]]), axis=1), np.nanmin([np.nan, np.nan]))
print(np.nanmax(np.array([1.0, np.nan])), np.nanmin(np.array([[np.nan]]), axis=0))
print(np.corrcoef(np.array([[1.0, 2.0, 3.0], [2.0, 2.0, 2.0], [0.0, 5.0, 1.0]])))
print(np.corrcoef(np.array([2.0, 2.0, 2.0])))
print(np.corrcoef(np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 2.0])))
print(np.dot(np.array([np.inf, 1.0]), np.array([0.0, 2.0])), np.array([[np.inf, 1.0]]).dot(np.array([[1.0], [-np.inf]])))
print(np.array([np.nan, np.inf]) @ np.array([1.0, -1.0]))
