# A shape bug after a BOM and Cyrillic names: line 7 raises
import numpy as np

вход = np.ones((5, 3))
веса = np.ones((5, 2))
смещение = np.zeros(2)
выход = вход @ веса + смещение
print(выход)
