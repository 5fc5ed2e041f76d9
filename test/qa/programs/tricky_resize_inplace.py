# In-place shape changes: .shape assignment and .resize
import numpy as np

a = np.ones((2, 3))
a.shape = (3, 2)
b = a @ np.ones(2)
c = np.zeros((3, 4))
c.resize((4, 3), refcheck=False)
d = c @ np.ones(3)
print(b.shape, d.shape, c.shape)
