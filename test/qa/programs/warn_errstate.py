# np.errstate contexts: ignore, raise, nested, as decorator-like use in a function
import numpy as np

a = np.array([1.0, 0.0, -1.0])
with np.errstate(divide='ignore'):
    print(np.log(a[:2]))
    print(1 / a)
with np.errstate(all='ignore'):
    print(np.log(a), np.sqrt(a))
try:
    with np.errstate(divide='raise'):
        np.log(a)
except FloatingPointError as e:
    print("caught:", e)
with np.errstate(invalid='raise'):
    try:
        np.sqrt(a)
    except FloatingPointError as e:
        print("caught:", e)
with np.errstate(over='ignore'):
    with np.errstate(divide='ignore'):
        print(np.exp(np.array([1000.0])), 1 / np.zeros(2))
    print(np.exp(np.array([800.0])))
old = np.seterr(all='ignore')
print(np.log(0.0), old)
np.seterr(**old)
print(np.geterr())
print(np.log(a))
