# Cast warnings, message/regex filters, 'once' and 'module' actions, underflow under errstate
import warnings
import numpy as np

print(np.array([1e40, 1.0]).astype(np.float32))
print(np.array([np.nan, 2.5]).astype(int)[1:], np.array([1e20]).astype(np.int32).dtype)
warnings.filterwarnings("ignore", message="divide by zero")
print(np.log(np.array([0.0])), np.array([1.0]) / np.array([0.0]))
warnings.filterwarnings("error", message=".*invalid value.*")
try:
    np.sqrt(np.array([-1.0]))
except RuntimeWarning as e:
    print("error:", e)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    np.log(np.array([0.0]))
    np.log(np.array([-1.0]))
warnings.simplefilter("default")
with np.errstate(under="raise"):
    try:
        np.exp(np.array([-1000.0]))
    except FloatingPointError as e:
        print("FloatingPointError:", e)
with np.errstate(under="warn"):
    print(np.array([1e-300]) * np.array([1e-300]))
lam = lambda v: np.log(v)
print([lam(np.array([0.0]))[0] for _ in range(2)])
print(np.float64(0.0) ** -1, np.int64(10) // np.int64(0))
