# Bug: vstack rows of different widths
import numpy as np

header = np.array([1, 2, 3])
rows = np.ones((4, 2))
table = np.vstack([header, rows])
print(table)
