# The warnings module: warn, filters, dedup per line, catch_warnings(record=True), stacklevel
import warnings
import numpy as np

warnings.warn("plain user warning")
warnings.warn("as runtime", RuntimeWarning)
for i in range(3):
    warnings.warn("inside a loop")
def helper():
    warnings.warn("blame the caller", stacklevel=2)
helper()
helper()
class ShapeWarning(UserWarning):
    pass
warnings.warn("custom class", ShapeWarning)
warnings.warn(ShapeWarning("an instance"))
try:
    warnings.warn("bad", "notaclass")
except TypeError as e:
    print("TypeError:", e)
warnings.simplefilter("ignore")
warnings.warn("silenced")
print(np.log(np.array([0.0])))
warnings.simplefilter("default")
print(np.log(np.array([0.0])))
warnings.filterwarnings("ignore", message="divide by zero")
print(np.log(np.array([0.0, -1.0])))
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(np.sqrt(np.array([-4.0])))
warnings.warn("user still shown")
warnings.resetwarnings()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        np.log(np.array([0.0]))
    except RuntimeWarning as e:
        print("caught:", e)
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("caught:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    np.log(np.array([0.0]))
    warnings.warn("recorded")
    print(len(caught), caught[0].category.__name__, str(caught[0].message), caught[1].category.__name__, caught[1].lineno)
for k in range(2):
    print(np.log(np.array([0.0])) [0])
warnings.simplefilter("always")
for k in range(2):
    warnings.warn("every time")
warnings.simplefilter("once")
for k in range(2):
    warnings.warn("only once")
warnings.warn("only once")
print(warnings.formatwarning("msg", RuntimeWarning, "f.py", 3), end="")
try:
    warnings.simplefilter("loudly")
except AssertionError as e:
    print("AssertionError:", e)
warnings.simplefilter("error", RuntimeWarning)
print(np.array([1.0]) / 0)
