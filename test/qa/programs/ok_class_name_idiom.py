# Printing the class name of a caught exception and of objects
import numpy as np

for bad in [lambda: np.ones(3) @ np.ones(4), lambda: np.zeros(2)[5], lambda: {}["k"]]:
    try:
        bad()
    except Exception as e:
        print(e.__class__.__name__, "->", e)

class Model:
    pass

m = Model()
print(m.__class__.__name__, np.ones(2).__class__.__name__)
print(type(m).__name__, isinstance(m, Model))
