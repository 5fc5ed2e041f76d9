# empty f-string expression
import numpy as np

acc = np.float64(0.9)
print(f"acc: {}", acc)
