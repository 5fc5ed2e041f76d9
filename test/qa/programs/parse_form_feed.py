# form feed between sections (Emacs page breaks)
import numpy as np

def f(a):
    return a * 2

w = f(np.arange(3))
print(w)
