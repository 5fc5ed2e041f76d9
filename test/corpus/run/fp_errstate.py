# np.errstate / np.seterr / np.geterr: ignoring, raising FloatingPointError, restoring
import numpy as np

with np.errstate(divide='ignore'):
    print(np.log(np.array([0.0])))
    print(np.sqrt(np.array([-1.0])))
with np.errstate(all='ignore'):
    print(np.array([0.0]) / 0, np.exp(np.array([1e4])))
with np.errstate(invalid='ignore', divide='ignore'):
    print(np.array([0.0, 1.0]) / 0)
with np.errstate(all='raise'):
    try:
        np.log(np.array([0.0, 1.0]))
    except FloatingPointError as e:
        print("FloatingPointError:", e)
    try:
        np.float64(1.0) / 0
    except FloatingPointError as e:
        print("scalar:", e)
    try:
        np.array([1, 2]) // 0
    except FloatingPointError as e:
        print("int:", e)
with np.errstate(all='raise', under='ignore', invalid='ignore'):
    print(np.sqrt(np.array([-1.0])))
print(np.geterr())
old = np.seterr(all='ignore')
print(old)
print(np.log(np.array([0.0])))
print(np.geterr())
np.seterr(**old)
print(np.geterr())
print(np.seterr(divide='raise'))
try:
    np.array([1.0]) / 0
except FloatingPointError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
np.seterr(divide='warn')

@np.errstate(all='ignore')
def safe_log(x):
    return np.log(x)

print(safe_log(np.array([0.0, 1.0])))
print(np.log(np.array([0.0])))
try:
    np.errstate(bogus='ignore')
except TypeError as e:
    print(e)
try:
    with np.errstate(divide='loud'):
        pass
except ValueError as e:
    print(e)
with np.errstate(over='raise'):
    print(np.array([1.0, 2.0]) * 2)
np.seterr(over='raise')
np.exp(np.array([710.0]))
