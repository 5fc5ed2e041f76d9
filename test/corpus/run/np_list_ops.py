import numpy as np
scores = [0.5, 0.9, 0.1]
arr = np.array(scores)
print(arr.tolist(), list(arr), arr.max(), max(scores), sorted(arr), [round(float(s), 2) for s in arr * 2], np.array(scores * 2).shape)
