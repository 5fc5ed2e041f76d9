# contextlib: contextmanager (setup/teardown, exceptions thrown in at the yield, didn't yield/stop errors), suppress, nullcontext
import contextlib
from contextlib import contextmanager, suppress, nullcontext
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

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught in generator:", e)

with catching():
    raise ValueError("bad value")
print("continued")

@contextmanager
def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")

try:
    with cleanup() as v:
        print("value", v)
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with nullcontext(5) as n:
    print("null", n)
with suppress(KeyError, IndexError):
    [][1]
print("done")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with suppress(ZeroDivisionError):
    raise TypeError("not suppressed")
