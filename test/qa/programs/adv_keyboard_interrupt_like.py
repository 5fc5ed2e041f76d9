# Raising inside nested functions
import numpy as np

def inner():
    raise RuntimeError("boom " + str(np.arange(2)))

def outer():
    inner()

outer()
