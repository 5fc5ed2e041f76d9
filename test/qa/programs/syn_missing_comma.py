# Missing comma between list items (learner slip)
import numpy as np

weights = np.array([0.1 0.2, 0.3])
print(weights)
