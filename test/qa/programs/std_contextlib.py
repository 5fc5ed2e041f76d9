# contextlib helpers seen in tutorials: contextmanager timers, suppress, redirect-free
import contextlib
import numpy as np

@contextlib.contextmanager
def printoptions(**kw):
    old = np.get_printoptions()
    np.set_printoptions(**kw)
    try:
        yield
    finally:
        np.set_printoptions(**old)

with printoptions(precision=2):
    print(np.array([1 / 3, 2 / 3]))
print(np.array([1 / 3, 2 / 3]))
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
