# copy of NumPy Generators: deepcopy is an independent stream in the same state, copy.copy shares the bit generator
import copy
import numpy as np
rng = np.random.default_rng(0)
r2 = copy.deepcopy(rng); r3 = copy.copy(rng)
print(rng.random(), r2.random(), r3.random(), rng.random() != r2.random())
state = {"rng": np.random.default_rng(5), "w": np.zeros(2)}
snap = copy.deepcopy(state)
print(state["rng"].integers(0, 100, 3), snap["rng"].integers(0, 100, 3))
