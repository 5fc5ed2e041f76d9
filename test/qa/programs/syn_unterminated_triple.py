# an unterminated docstring
import numpy as np

def f():
    """compute things
    return np.ones(2)

print(f())
