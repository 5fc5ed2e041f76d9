# unparenthesized generator expression next to another argument
import numpy as np

total = np.sum(x * 2 for x in range(3), 0)
print(total)
