# no newline at the end, last line is a comment
import numpy as np
z = np.zeros(4)
print(z.shape)
# trailing comment without newline