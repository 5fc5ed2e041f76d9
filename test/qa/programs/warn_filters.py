# warnings module filters: ignore, error, once, catch_warnings(record=True), repeated in loops
import warnings
import numpy as np

x = np.array([0.0, 1.0])
for i in range(4):
    r = np.log(x)
print(r)
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(np.log(x), 1 / x)
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    np.log(x)
    np.log(x)
    print(len(w), w[0].category.__name__, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        np.log(x)
    except RuntimeWarning as e:
        print("as error:", e)
def step(v):
    return np.sqrt(v)
for v in (-1.0, -2.0, 4.0):
    print(step(np.array([v])))
warnings.warn("learning rate too high")
warnings.warn("deprecated option", DeprecationWarning)
warnings.warn("custom", UserWarning, stacklevel=1)
